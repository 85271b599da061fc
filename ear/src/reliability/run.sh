#!/usr/bin/env bash
# Crash test (issue 12): no acknowledged webhook is lost, no sale becomes two orders. Not part of mvn verify.
#   bash ear/src/reliability/run.sh                 # all three scenarios below
#   bash ear/src/reliability/run.sh h2-kill         # one of: h2-kill, pg-kill, pg-restart
#
# Each scenario:
#   1. DEAR is the simulator, in a WildFly of its own (port offset REL_SIM_OFFSET), so it outlives the bridge's crash
#      as DEAR would. It holds REL_SALES authorised sales, created by one seed call (no webhooks of its own).
#   2. The bridge runs as the README's run command runs it: the same server scripts (the datasource script,
#      configure-bridge.cli, demo/configure-demo.cli), the same JVM options and, on H2, the same URL options
#      (h2.durable.options from pom.xml), on its own server home at port offset REL_OFFSET (never 0). Changed for
#      the test only: DEAR's and the bridge's addresses follow the offsets, demo traffic is off, and the rate limit
#      is raised on both sides (REL_RATE per minute), so 500 imports take a minute rather than nine.
#   3. REL_SALES webhooks (Sale/OrderAuthorised, one per sale) go out REL_PARALLEL at a time. Once REL_KILL_AT_ACKS
#      of them are acknowledged (or REL_KILL_AFTER seconds into the burst, whichever comes later) either the bridge's
#      JVM gets SIGKILL (h2-kill, pg-kill) or PostgreSQL is restarted in immediate mode, as after a crash (pg-restart).
#   4. After a kill the bridge is started again the same way. Every request that did not get a 2xx is delivered
#      again, as DEAR does, until each has one.
#   5. Counted: acknowledged (2xx in the burst), stored (acknowledged and in inbox_event once the bridge is back,
#      before any redelivery), processed (inbox row DONE), lost (acknowledged, not stored), orders, doubled (sales
#      with more than one order or more than one processed event).
# Results: ear/target/reliability/<timestamp>/ (summary.md, answers, server logs).
#
# PostgreSQL runs use a private cluster (initdb under /tmp, port 5432+REL_OFFSET, fsync on) so that restarting it
# disturbs nobody else on the machine; it needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin).
#
# Knobs (environment): REL_OFFSET (100), REL_SIM_OFFSET (REL_OFFSET+50), REL_SALES (500), REL_PARALLEL (16),
# REL_KILL_AFTER (1.5 s), REL_KILL_AT_ACKS (100), REL_RATE (1200), REL_H2_OPTIONS (h2.durable.options from pom.xml; set it to "" to see
# what H2's default write delay loses), REL_SKIP_BUILD=1, REL_PROCESS_TIMEOUT (600 s).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
OFFSET=${REL_OFFSET:-100}
SIM_OFFSET=${REL_SIM_OFFSET:-$((OFFSET + 50))}
[ "$OFFSET" != 0 ] || { echo "REL_OFFSET must not be 0 (8080 belongs to the README's own run)"; exit 2; }
HTTP_PORT=$((8080 + OFFSET)) MGMT_PORT=$((9990 + OFFSET))
SIM_PORT=$((8080 + SIM_OFFSET)) SIM_MGMT_PORT=$((9990 + SIM_OFFSET))
PG_PORT=$((5432 + OFFSET))
SALES=${REL_SALES:-500}
PARALLEL=${REL_PARALLEL:-16}
KILL_AFTER=${REL_KILL_AFTER:-1.5}
KILL_AT_ACKS=${REL_KILL_AT_ACKS:-100}
RATE=${REL_RATE:-1200}
PROCESS_TIMEOUT=${REL_PROCESS_TIMEOUT:-600}
SCENARIOS=${*:-h2-kill pg-kill pg-restart}

ACCOUNT_ID=3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41
APP_KEY=7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93
TOKEN=demo-webhook-secret-5b1f0c9e6d2a
WEBHOOK_URL=http://127.0.0.1:$HTTP_PORT/bridge/api/dear/demo/webhooks/Sale/OrderAuthorised
SIM_CONTROL=http://127.0.0.1:$SIM_PORT/dear-simulator/control
TARGET=$ROOT/ear/target
OUT=$TARGET/reliability/$(date -u +%Y%m%dT%H%M%SZ)
M2=${MAVEN_REPO:-$HOME/.m2/repository}
mkdir -p "$OUT"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }
die() { log "FAILED: $*"; exit 1; }

for tool in curl unzip java xargs; do command -v $tool >/dev/null || die "$tool is missing"; done
for port in $HTTP_PORT $MGMT_PORT $SIM_PORT $SIM_MGMT_PORT; do
    if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then die "port $port is taken; set REL_OFFSET / REL_SIM_OFFSET"; fi
done

# ---------------------------------------------------------------- build and server homes
cd "$ROOT"
if [ "${REL_SKIP_BUILD:-0}" != 1 ]; then
    log "building: mvn -B -q -DskipTests -pl ear -am package"
    mvn -B -q -DskipTests -pl ear -am package > "$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log"; die "build"; }
fi
EAR=$TARGET/dear-bridge.ear
SIM_WAR=$ROOT/dear-simulator/target/dear-simulator.war
[ -f "$EAR" ] && [ -f "$SIM_WAR" ] || die "no $EAR or $SIM_WAR; build first"
pom_value() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -1; }
WF_VERSION=$(pom_value version.wildfly)
PG_DRIVER_VERSION=$(pom_value version.postgresql)
H2_OPTIONS=${REL_H2_OPTIONS-$(pom_value h2.durable.options)}
WF_ZIP=$M2/org/wildfly/wildfly-dist/$WF_VERSION/wildfly-dist-$WF_VERSION.zip
PG_JAR=$M2/org/postgresql/postgresql/$PG_DRIVER_VERSION/postgresql-$PG_DRIVER_VERSION.jar
[ -f "$WF_ZIP" ] || die "no $WF_ZIP"
[ -f "$PG_JAR" ] || die "no $PG_JAR"

# new_home <dir> <cli scripts...>: a WildFly from the distribution, configured by the given scripts
new_home() {
    local home=$1; shift
    rm -rf "$home" "$home.tmp" && mkdir -p "$home.tmp"
    unzip -q "$WF_ZIP" -d "$home.tmp"
    mv "$home.tmp/wildfly-$WF_VERSION" "$home" && rmdir "$home.tmp"
    cp -r "$ROOT/ear/src/main/wildfly/modules/." "$home/modules/"
    cp "$PG_JAR" "$home/modules/org/postgresql/main/postgresql.jar"
    local cli
    for cli in "$@"; do
        "$home/bin/jboss-cli.sh" --file="$cli" >> "$OUT/configure.log" 2>&1 || { tail -30 "$OUT/configure.log"; die "$cli"; }
    done
}

# What differs from the README's run for this test: addresses at the offsets, no demo traffic, a higher rate. The
# demo's settings live in a config source of ordinal 200 (configure-demo.cli); system properties (400) outrank it.
cat > "$OUT/test-overrides.cli" <<EOF
embed-server --server-config=standalone.xml --std-out=echo
batch
/system-property=dearbridge.account.demo.base-url:add(value="http://127.0.0.1:$SIM_PORT/dear-simulator/ExternalApi/v2")
/system-property=dearbridge.public-base-url:add(value="http://127.0.0.1:$HTTP_PORT/bridge")
/system-property=dearbridge.account.demo.rate-limit:add(value=$RATE)
/system-property=dearsim.demo-traffic:add(value=false)
run-batch
stop-embedded-server
EOF
WF=$ROOT/ear/src/main/wildfly
SIM_HOME=$TARGET/server-reliability-sim
H2_HOME=$TARGET/server-reliability-h2
PG_HOME=$TARGET/server-reliability-pg
log "preparing server homes under $TARGET (WildFly $WF_VERSION)"
new_home "$SIM_HOME" "$WF/configure-datasource-h2.cli" "$WF/configure-bridge.cli" "$WF/configure-credential-store.cli" "$WF/demo/configure-demo.cli" "$OUT/test-overrides.cli"
cp "$SIM_WAR" "$SIM_HOME/standalone/deployments/"
case " $SCENARIOS " in *" h2-"*)
    new_home "$H2_HOME" "$WF/configure-datasource-h2.cli" "$WF/configure-bridge.cli" "$WF/configure-credential-store.cli" "$WF/demo/configure-demo.cli" "$OUT/test-overrides.cli"
    cp "$EAR" "$H2_HOME/standalone/deployments/" ;;
esac
case " $SCENARIOS " in *" pg-"*)
    new_home "$PG_HOME" "$WF/configure-datasource-postgres.cli" "$WF/configure-bridge.cli" "$WF/configure-credential-store.cli" "$WF/demo/configure-demo.cli" "$OUT/test-overrides.cli"
    cp "$EAR" "$PG_HOME/standalone/deployments/" ;;
esac

# ---------------------------------------------------------------- processes
SIM_PID= BRIDGE_PID= BRIDGE_HOME= DB_URL_ARG= PG_DIR=/tmp/dearbridge-reliability-pg-$OFFSET
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
JVM_OPTS="-Xms256m -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"

# start_server <home> <offset> <log name> [env assignments...]: echoes the JVM's pid once it is ready
start_server() {
    local home=$1 offset=$2 name=$3; shift 3
    local pidfile=$home/standalone/server.pid mgmt=$((9990 + offset))
    rm -f "$pidfile"
    (
        for kv in "$@"; do export "$kv"; done
        export JBOSS_PIDFILE=$pidfile LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="$JVM_OPTS"
        # The H2 URL holds semicolons, which standalone.sh would evaluate inside JAVA_OPTS: a server argument.
        exec "$home/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
            -Djboss.socket.binding.port-offset="$offset" ${DB_URL_ARG:+"$DB_URL_ARG"} >> "$OUT/$name.out" 2>&1
    ) &
    local pid=
    for _ in $(seq 1 60); do [ -s "$pidfile" ] && break; sleep 0.5; done
    pid=$(cat "$pidfile" 2>/dev/null) || die "$name: no pid"
    for _ in $(seq 1 240); do
        if curl -sf -m 2 "http://127.0.0.1:$mgmt/health/ready" 2>/dev/null | grep -q '"status":"UP"'; then
            echo "$pid"; return 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    grep -m5 -A3 'ERROR\|Caused by' "$home/standalone/log/server.log" | cut -c1-300 >&2 || true
    die "$name not ready"
}
stop_pid() { # stop_pid <pid>: TERM, then KILL after 20 s; only the JVMs this script started
    local pid=$1
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
}
pg_ctl_() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w "$@" >> "$OUT/postgres.out" 2>&1; }
cleanup() {
    stop_pid "$BRIDGE_PID"; stop_pid "$SIM_PID"
    if [ -d "$PG_DIR/data" ]; then pg_ctl_ stop -m fast || true; fi
}
trap cleanup EXIT

start_private_pg() {
    [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql"
    if [ ! -d "$PG_DIR/data" ]; then
        mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"
        runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >> "$OUT/postgres.out" 2>&1 || die initdb
    fi
    pg_ctl_ start -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" || die "PostgreSQL start"
    log "private PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR, fsync on)"
}
psql_() { psql -X -q -At -h 127.0.0.1 -p "$PG_PORT" -U postgres "$@"; }

# sql <db kind> <query>: one query against the bridge's database, rows as text
H2_JAR=
sql() {
    if [ "$1" = h2 ]; then
        [ -n "$H2_JAR" ] || H2_JAR=$(ls "$H2_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)
        java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa -password sa -sql "$2" 2>>"$OUT/sql.err" \
            | sed '1d;/^(/d;s/ *| */|/g;s/^ *//;s/ *$//'
    else
        psql_ -d dearbridge_rel -c "$2"
    fi
}

# ---------------------------------------------------------------- one scenario
SUMMARY=$OUT/summary.md
{
    echo "# Crash test $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(nproc) cores, $(free -h | awk '/^Mem:/{print $2}') memory. Command: \`bash ear/src/reliability/run.sh $*\`"
    echo "Sales $SALES, parallel $PARALLEL, disruption after ${KILL_AFTER}s and $KILL_AT_ACKS acknowledgements, H2 options '${H2_OPTIONS}'."
    echo
    echo "| scenario | sent | acknowledged in burst | stored (of acknowledged) | lost | redelivered | processed | orders | doubled |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$SUMMARY"

post_webhook() { # post_webhook <saleId> <orderNumber>: prints "saleId http_code"
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 30 -X POST -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" -d "{\"SaleID\":\"$1\",\"SaleOrderNumber\":\"$2\"}" "$WEBHOOK_URL" 2>/dev/null) || true
    echo "$1 ${code:-000}"
}
export -f post_webhook
export TOKEN WEBHOOK_URL

run_scenario() {
    local scenario=$1 kind env=()
    local dir=$OUT/$scenario; mkdir -p "$dir"
    log "=== $scenario"
    curl -sf -X POST "$SIM_CONTROL/reset" >/dev/null || die "simulator reset"
    curl -sf -X PUT -H 'Content-Type: application/json' -d "{\"rateLimit\":$RATE}" \
        "$SIM_CONTROL/accounts/$ACCOUNT_ID/settings" >/dev/null || die "simulator settings"
    case $scenario in
        h2-*) kind=h2 BRIDGE_HOME=$H2_HOME
              rm -rf "$dir/data"; H2_URL="jdbc:h2:file:$dir/data/bridge;AUTO_SERVER=TRUE$H2_OPTIONS"
              DB_URL_ARG="-Ddearbridge.db.url=$H2_URL" ;;
        pg-*) kind=pg BRIDGE_HOME=$PG_HOME DB_URL_ARG=
              psql_ -d postgres -c "DROP DATABASE IF EXISTS dearbridge_rel" -c "CREATE DATABASE dearbridge_rel" >/dev/null
              env=(DEARBRIDGE_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/dearbridge_rel DEARBRIDGE_DB_USER=postgres
                   DEARBRIDGE_DB_PASSWORD=unused-with-trust-auth) ;;
    esac
    BRIDGE_PID=$(start_server "$BRIDGE_HOME" "$OFFSET" "bridge-$scenario" "${env[@]}")
    log "bridge up (pid $BRIDGE_PID)"

    # the sales, in DEAR before the burst
    curl -sf -X POST -H 'Content-Type: application/json' -d "{\"count\":$SALES,\"age\":\"PT2H\"}" \
        "$SIM_CONTROL/accounts/$ACCOUNT_ID/seed" | tr -d '[]{}"' | sed 's/.*saleIds://' | tr ',' '\n' \
        | grep -E '^[0-9a-f-]{36}$' > "$dir/sales.txt" || true
    [ "$(wc -l < "$dir/sales.txt")" -eq "$SALES" ] || die "seeding gave $(wc -l < "$dir/sales.txt") sales"
    awk '{printf "%s SO-REL-%05d\n", $1, NR}' "$dir/sales.txt" > "$dir/requests.txt"

    # the burst, and the disruption in the middle of it
    log "burst: $SALES webhooks, $PARALLEL in parallel; disruption after ${KILL_AFTER}s and $KILL_AT_ACKS acknowledgements"
    ( xargs -P "$PARALLEL" -L 1 bash -c 'post_webhook "$0" "$1"' < "$dir/requests.txt" > "$dir/answers.txt" ) &
    local burst=$!
    sleep "$KILL_AFTER"
    # A cold server can take longer than that for its first answers: wait for some acknowledgements (60 s at most).
    for _ in $(seq 1 600); do
        [ "$(awk '$2 ~ /^2/' "$dir/answers.txt" 2>/dev/null | wc -l)" -ge "$KILL_AT_ACKS" ] && break
        kill -0 "$burst" 2>/dev/null || break
        sleep 0.1
    done
    case $scenario in
        *-kill)     kill -9 "$BRIDGE_PID"; log "SIGKILL sent to the bridge (pid $BRIDGE_PID)" ;;
        pg-restart) pg_ctl_ restart -m immediate -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1"
                    log "PostgreSQL restarted in immediate mode" ;;
    esac
    wait "$burst" || true
    local answered acked
    answered=$(wc -l < "$dir/answers.txt")
    acked=$(awk '$2 ~ /^2/' "$dir/answers.txt" | wc -l)
    log "burst over: $answered answers, $acked acknowledged"

    if [[ $scenario == *-kill ]]; then
        while kill -0 "$BRIDGE_PID" 2>/dev/null; do sleep 0.2; done
        log "restarting the bridge the same way"
        BRIDGE_PID=$(start_server "$BRIDGE_HOME" "$OFFSET" "bridge-$scenario" "${env[@]}")
    fi

    # stored: acknowledged webhooks the inbox holds after the disruption, before anything is delivered again
    sql $kind "SELECT document_id FROM inbox_event WHERE event_type = 'Sale/OrderAuthorised'" | sort -u > "$dir/stored.txt"
    awk '$2 ~ /^2/ {print $1}' "$dir/answers.txt" | sort -u > "$dir/acked.txt"
    local stored lost
    stored=$(comm -12 "$dir/acked.txt" "$dir/stored.txt" | wc -l)
    lost=$(comm -23 "$dir/acked.txt" "$dir/stored.txt" | tee "$dir/lost.txt" | wc -l)
    log "stored $stored of $acked acknowledged; lost $lost"

    # DEAR delivers again whatever did not get a 2xx
    local redelivered=0 round
    cp "$dir/answers.txt" "$dir/latest.txt"
    for round in 1 2 3 4 5; do
        awk '$2 !~ /^2/ {print $1}' "$dir/latest.txt" | sort -u > "$dir/todo.txt"
        [ -s "$dir/todo.txt" ] || break
        redelivered=$((redelivered + $(wc -l < "$dir/todo.txt")))
        grep -F -f "$dir/todo.txt" "$dir/requests.txt" | xargs -P "$PARALLEL" -L 1 bash -c 'post_webhook "$0" "$1"' > "$dir/round$round.txt"
        awk 'NR==FNR{a[$1]=$2; next} {if ($1 in a) $2=a[$1]; print}' "$dir/round$round.txt" "$dir/latest.txt" > "$dir/latest.tmp"
        mv "$dir/latest.tmp" "$dir/latest.txt"
        log "redelivery round $round: $(wc -l < "$dir/todo.txt") sent, $(awk '$2 !~ /^2/' "$dir/round$round.txt" | wc -l) still not 2xx"
        sleep 2
    done

    # processed: wait until every sale is an order and nothing is left to do
    local deadline=$((SECONDS + PROCESS_TIMEOUT)) orders=0 open=1
    while [ $SECONDS -lt $deadline ]; do
        orders=$(sql $kind "SELECT COUNT(DISTINCT sale_id) FROM warehouse_order")
        open=$(sql $kind "SELECT COUNT(*) FROM inbox_event WHERE status IN ('RECEIVED','PROCESSING','RETRY')")
        [ "$orders" -ge "$SALES" ] && [ "$open" -eq 0 ] && break
        sleep 3
    done
    local processed doubled_orders doubled_events failed
    processed=$(sql $kind "SELECT COUNT(DISTINCT document_id) FROM inbox_event WHERE event_type = 'Sale/OrderAuthorised' AND status = 'DONE'")
    doubled_orders=$(sql $kind "SELECT COUNT(*) FROM (SELECT sale_id FROM warehouse_order GROUP BY account_code, sale_id HAVING COUNT(*) > 1) d")
    doubled_events=$(sql $kind "SELECT COUNT(*) FROM (SELECT document_id FROM inbox_event WHERE event_type = 'Sale/OrderAuthorised' AND status = 'DONE' GROUP BY sale_id HAVING COUNT(*) > 1) d")
    failed=$(sql $kind "SELECT COUNT(*) FROM inbox_event WHERE status = 'FAILED'")
    sql $kind "SELECT sale_id FROM warehouse_order" | sort -u > "$dir/orders.txt"
    local missing; missing=$(comm -23 <(sort -u "$dir/sales.txt") "$dir/orders.txt" | wc -l)
    log "$scenario: orders $orders (missing $missing), processed $processed, open $open, failed $failed, doubled orders $doubled_orders, sales processed twice $doubled_events"
    echo "| $scenario | $SALES | $acked | $stored | $lost | $redelivered | $processed | $orders | $doubled_orders orders, $doubled_events events |" >> "$SUMMARY"
    cp "$BRIDGE_HOME/standalone/log/server.log" "$dir/server.log" 2>/dev/null || true
    stop_pid "$BRIDGE_PID"; BRIDGE_PID=
}

SIM_PID=$(start_server "$SIM_HOME" "$SIM_OFFSET" simulator)
curl -sf "$SIM_CONTROL/accounts" | grep -q "$ACCOUNT_ID" || die "the simulator does not answer on $SIM_CONTROL"
log "DEAR simulator up on $SIM_PORT (pid $SIM_PID)"
case " $SCENARIOS " in *" pg-"*) start_private_pg ;; esac
for s in $SCENARIOS; do run_scenario "$s"; done
cat "$SUMMARY"
