#!/usr/bin/env bash
# Two (or more) WildFly nodes of the bridge on one PostgreSQL behind HAProxy, on this machine:
#   bash ear/src/bench/cluster/cluster.sh start [nodes]   # prepares (once) and starts; default 2 nodes
#   bash ear/src/bench/cluster/cluster.sh stop            # stops the nodes and HAProxy
#   bash ear/src/bench/cluster/cluster.sh kill <n>        # SIGKILL of node n (the failure drill)
#   bash ear/src/bench/cluster/cluster.sh status
# Node n runs at port offset CLUSTER_OFFSET + (n-1)*CLUSTER_STEP (defaults 800 and 100: node 1 on HTTP 8880,
# management 10790; node 2 on 8980/10890), each from its own WildFly home under ear/target/cluster/node<n>,
# configured by the same CLI scripts as production (configure-bridge.cli, configure-datasource-postgres.cli)
# plus the demo's settings (configure-demo.cli keeps them in a config source below the environment, so the
# environment overrides them); the accounts and database come from the environment, as in production.
# HAProxy (Debian's package) listens on CLUSTER_LB_PORT (8870) and spreads /bridge over the nodes, checking
# each node's /health/ready. DEAR is the simulator, deployed on node 1 only (its state is in memory, so there
# must be one), so the failure drill kills node 2 or later. Deployment: CLUSTER_EAR (default the build's EAR; another build's for an A/B). Database: CLUSTER_DB (dearbridge_cluster), created
# if missing; CLUSTER_FRESH_DB=1 drops it first. Extra accounts: export DEARBRIDGE_ACCOUNTS and
# DEARBRIDGE_ACCOUNT_<CODE>_* before starting (environment variables override the demo settings).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
BASE=$ROOT/ear/target/cluster
OFFSET=${CLUSTER_OFFSET:-800}
STEP=${CLUSTER_STEP:-100}
LB_PORT=${CLUSTER_LB_PORT:-8870}
DB=${CLUSTER_DB:-dearbridge_cluster}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
M2=${MAVEN_REPO:-$HOME/.m2/repository}
mkdir -p "$BASE"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
http_port() { echo $((8080 + OFFSET + ($1 - 1) * STEP)); }
mgmt_port() { echo $((9990 + OFFSET + ($1 - 1) * STEP)); }
home() { echo "$BASE/node$1"; }

prepare_node() {
    local n=$1 home wf_version pg_version wf_zip pg_jar
    home=$(home "$n")
    [ -f "$home/.prepared" ] && return 0
    wf_version=$(sed -n 's:.*<version.wildfly>\(.*\)</version.wildfly>.*:\1:p' "$ROOT/pom.xml" | head -1)
    pg_version=$(sed -n 's:.*<version.postgresql>\(.*\)</version.postgresql>.*:\1:p' "$ROOT/pom.xml" | head -1)
    wf_zip=$M2/org/wildfly/wildfly-dist/$wf_version/wildfly-dist-$wf_version.zip
    pg_jar=$M2/org/postgresql/postgresql/$pg_version/postgresql-$pg_version.jar
    [ -f "$wf_zip" ] || die "no $wf_zip: build once (mvn -B -DskipTests -pl ear -am package)"
    [ -f "$pg_jar" ] || mvn -B -q dependency:get -Dartifact=org.postgresql:postgresql:$pg_version >/dev/null
    log "preparing node $n in $home"
    rm -rf "$home" "$home.tmp" && mkdir -p "$home.tmp"
    unzip -q "$wf_zip" -d "$home.tmp"
    mv "$home.tmp/wildfly-$wf_version" "$home" && rmdir "$home.tmp"
    cp -r "$ROOT/ear/src/main/wildfly/modules/." "$home/modules/"
    cp "$pg_jar" "$home/modules/org/postgresql/main/postgresql.jar"
    # Users live in the database since issue 13 (the demo's are written after each migration).
    # The run command's order (the user realm in configure-bridge.cli reads the datasource).
    for cli in ear/src/main/wildfly/configure-datasource-postgres.cli ear/src/main/wildfly/configure-bridge.cli \
               ear/src/main/wildfly/configure-credential-store.cli ear/src/main/wildfly/demo/configure-demo.cli; do
        "$home/bin/jboss-cli.sh" --file="$ROOT/$cli" >> "$home/configure.log" 2>&1 \
            || { tail -20 "$home/configure.log"; die "$cli on node $n"; }
    done
    touch "$home/.prepared"
}

deploy_node() {
    local n=$1 home ear sim
    home=$(home "$n")
    ear=${CLUSTER_EAR:-$ROOT/ear/target/dear-bridge.ear}
    sim=$ROOT/dear-simulator/target/dear-simulator.war
    [ -f "$ear" ] && [ -f "$sim" ] || die "no $ear or $sim: mvn -B -DskipTests -pl ear -am package"
    rm -f "$home"/standalone/deployments/*.ear* "$home"/standalone/deployments/*.war*
    cp "$ear" "$home/standalone/deployments/"
    [ "$n" = 1 ] && cp "$sim" "$home/standalone/deployments/"
    return 0
}

start_node() {
    local n=$1 home sim_url
    home=$(home "$n")
    sim_url=http://127.0.0.1:$(http_port 1)/dear-simulator/ExternalApi/v2
    log "starting node $n: HTTP $(http_port "$n"), management $(mgmt_port "$n")"
    (
        export DEARBRIDGE_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB DEARBRIDGE_DB_USER=$PGUSER \
               DEARBRIDGE_DB_PASSWORD=${PGPASSWORD:-unused-with-trust-auth}
        # The demo account's DEAR is node 1's simulator; webhooks come in through the load balancer.
        export DEARBRIDGE_ACCOUNT_DEMO_BASE_URL=${DEARBRIDGE_ACCOUNT_DEMO_BASE_URL:-$sim_url}
        export DEARBRIDGE_PUBLIC_BASE_URL=${DEARBRIDGE_PUBLIC_BASE_URL:-http://127.0.0.1:$LB_PORT/bridge}
        export JBOSS_PIDFILE=$home/standalone/server.pid LAUNCH_JBOSS_IN_BACKGROUND=1
        export JAVA_OPTS="${CLUSTER_JAVA_OPTS:--Xms512m -Xmx1g} -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
        exec "$home/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
            -Djboss.socket.binding.port-offset=$((OFFSET + (n - 1) * STEP)) -Djboss.node.name=bridge-$n \
            > "$home/server.out" 2>&1
    ) &
}

await_ready() {
    local n=$1
    for _ in $(seq 1 180); do
        curl -sf -m 2 "http://127.0.0.1:$(mgmt_port "$n")/health/ready" 2>/dev/null | grep -q '"status":"UP"' \
            && curl -s -o /dev/null -m 2 "http://127.0.0.1:$(http_port "$n")/bridge/api/v1/accounts" && { log "node $n ready"; return 0; }
        sleep 1
    done
    die "node $n not ready (see $(home "$n")/standalone/log/server.log)"
}

start_lb() {
    local nodes=$1 cfg=$BASE/haproxy.cfg
    command -v haproxy >/dev/null || die "haproxy is missing: apt-get install -y haproxy"
    {
        echo "global"
        echo "    pidfile $BASE/haproxy.pid"
        echo "defaults"
        echo "    mode http"
        echo "    timeout connect 5s"
        echo "    timeout client 60s"
        echo "    timeout server 60s"
        echo "    retries 2"
        echo "    option redispatch"
        echo "frontend bridge"
        echo "    bind 127.0.0.1:$LB_PORT"
        echo "    option forwardfor"
        echo "    default_backend nodes"
        echo "backend nodes"
        echo "    balance roundrobin"
        echo "    option httpchk GET /health/ready"
        for n in $(seq 1 "$nodes"); do
            echo "    server bridge-$n 127.0.0.1:$(http_port "$n") check port $(mgmt_port "$n") inter 1s fall 2 rise 2"
        done
    } > "$cfg"
    haproxy -c -q -f "$cfg" || die "haproxy configuration"
    haproxy -D -f "$cfg"
    log "HAProxy on http://127.0.0.1:$LB_PORT/bridge/ over $nodes nodes"
}

node_pid() { cat "$(home "$1")/standalone/server.pid" 2>/dev/null || true; }

stop_all() {
    if [ -f "$BASE/haproxy.pid" ]; then kill "$(cat "$BASE/haproxy.pid")" 2>/dev/null || true; rm -f "$BASE/haproxy.pid"; fi
    for home in "$BASE"/node*; do
        [ -d "$home" ] || continue
        local n=${home##*node} pid
        pid=$(node_pid "$n")
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || continue
        log "stopping node $n (pid $pid)"
        "$home/bin/jboss-cli.sh" --controller=127.0.0.1:$(mgmt_port "$n") -c --command=:shutdown >/dev/null 2>&1 || kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    done
}

case "${1:-}" in
    start)
        nodes=${2:-2}
        pg_isready -q -t 5 || die "PostgreSQL is not answering on $PGHOST:$PGPORT"
        if [ "${CLUSTER_FRESH_DB:-0}" = 1 ]; then psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null; fi
        psql -q -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
            || psql -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
        for n in $(seq 1 "$nodes"); do prepare_node "$n"; deploy_node "$n"; done
        # Node 1 first: it holds DEAR (the simulator) and migrates the schema.
        start_node 1; await_ready 1
        for n in $(seq 2 "$nodes"); do start_node "$n"; done
        for n in $(seq 2 "$nodes"); do await_ready "$n"; done
        start_lb "$nodes"
        ;;
    stop) stop_all ;;
    kill)
        pid=$(node_pid "${2:?node number}")
        [ -n "$pid" ] || die "node $2 is not running"
        log "SIGKILL to node $2 (pid $pid)"
        kill -9 "$pid"
        ;;
    status)
        for home in "$BASE"/node*; do
            [ -d "$home" ] || continue
            n=${home##*node}
            printf 'node %s  http %s  %s\n' "$n" "$(http_port "$n")" \
                "$(curl -s -m 2 "http://127.0.0.1:$(mgmt_port "$n")/health/ready" || echo down)"
        done
        ;;
    *) sed -n '2,6p' "$0"; exit 2 ;;
esac
