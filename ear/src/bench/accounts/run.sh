#!/usr/bin/env bash
# "100 merchants on one node" (issue 27, part 1), one command after a build (mvn -B -DskipTests -pl ear -am package):
#   bash ear/src/bench/accounts/run.sh                                # 100 accounts x 30 sales; ~5 min
#   ACCOUNTS=3 SALES=5 SHIPPERS=1 bash ear/src/bench/accounts/run.sh  # the smoke run of .ci/run
# Starts one bridge node on PostgreSQL (ear/src/bench/cluster/cluster.sh; database ACCOUNTS_DB made afresh, dropped
# at the end) with ACCOUNTS busy accounts b001.. and one idle account added through the environment, each its own
# simulator account (DEARSIM_ACCOUNTS) at DEAR's default 60 calls a minute, then runs Accounts.java. Meanwhile it
# samples the server JVM's heap after GC (jstat) and its thread count every 5 s (heap.txt). A JFR recording of the
# run goes to the output folder. Output: ear/target/bench-accounts/<time>/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
OUT=$ROOT/ear/target/bench-accounts/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
export ACCOUNTS=${ACCOUNTS:-100} SALES=${SALES:-30} SHIPPERS=${SHIPPERS:-10}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export CLUSTER_DB=${ACCOUNTS_DB:-dearbridge_h_accounts} CLUSTER_FRESH_DB=1
export CLUSTER_OFFSET=${ACCOUNTS_OFFSET:-800} CLUSTER_LB_PORT=${ACCOUNTS_LB_PORT:-8869}
PORT=$((8080 + CLUSTER_OFFSET))
SIM=http://127.0.0.1:$PORT/dear-simulator/ExternalApi/v2
# The same derivation as Accounts.java: b001.., simulator ids and keys by number; the idle account is number 999.
codes=demo
sim="Demo Outdoor Co:3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41:7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93"
add_account() { # $1 code, $2 number
    local upper; upper=$(echo "$1" | tr a-z A-Z)
    codes="$codes,$1"
    export "DEARBRIDGE_ACCOUNT_${upper}_BASE_URL=$SIM"
    export "DEARBRIDGE_ACCOUNT_${upper}_ACCOUNT_ID=$(printf '0a5e1c2d-3b4f-4a6e-8c7d-%012d' "$2")"
    export "DEARBRIDGE_ACCOUNT_${upper}_APPLICATION_KEY=$(printf '1b6f2d3e-4c5a-4b7f-9d8e-%012d' "$2")"
    export "DEARBRIDGE_ACCOUNT_${upper}_WEBHOOK_SECRET=$(printf 'bench-webhook-secret-%012d' "$2")"
    sim="$sim,Account $1:$(printf '0a5e1c2d-3b4f-4a6e-8c7d-%012d' "$2"):$(printf '1b6f2d3e-4c5a-4b7f-9d8e-%012d' "$2")"
}
for i in $(seq 1 "$ACCOUNTS"); do add_account "$(printf 'b%03d' "$i")" "$i"; done
add_account idle 999
export DEARBRIDGE_ACCOUNTS=$codes DEARSIM_ACCOUNTS=$sim DEARSIM_DEMO_TRAFFIC=false
# The simulator sends its own Sale/OrderAuthorised for every sale it creates, after DEAR's delay times this factor
# (the demo's 0.01: 0.6 s). At 10 they come minutes later, after the measured drain; otherwise the bridge imports
# during the 15 s of creating the sales and the time from the bench's own webhooks flatters it (issue 27).
export DEARSIM_WEBHOOK_TIME_FACTOR=${ACCOUNTS_SIM_WEBHOOK_FACTOR:-10}
export CLUSTER_JAVA_OPTS="${ACCOUNTS_JAVA_OPTS:--Xms1g -Xmx1g} -XX:StartFlightRecording=filename=$OUT/run.jfr,settings=profile,dumponexit=true"
CLUSTER=$ROOT/ear/src/bench/cluster/cluster.sh
SAMPLER=
cleanup() {
    [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
    bash "$CLUSTER" stop || true
    cp "$ROOT/ear/target/cluster/node1/standalone/log/server.log" "$OUT/" 2>/dev/null || true
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $CLUSTER_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $ACCOUNTS accounts x $SALES sales" | tee "$OUT/result.txt"
bash "$CLUSTER" start 1 > "$OUT/start.log" 2>&1 || { tail -20 "$OUT/start.log"; exit 1; }
pid=$(cat "$ROOT/ear/target/cluster/node1/standalone/server.pid")
( while kill -0 "$pid" 2>/dev/null; do
      heap=$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }')
      echo "$(date -u +%T) heap_used_mb=${heap:-?} threads=$(awk '/^Threads:/ { print $2 }' /proc/"$pid"/status 2>/dev/null) load=$(cut -d' ' -f1 /proc/loadavg)"
      sleep 5
  done ) > "$OUT/heap.txt" 2>&1 &
SAMPLER=$!
BRIDGE=http://127.0.0.1:$PORT java "$ROOT/ear/src/bench/accounts/Accounts.java" 2>&1 | tee -a "$OUT/result.txt"
status=${PIPESTATUS[0]}
# DEAR calls per completed piece of work: every account's calls summed by endpoint and outcome (a deferral is work
# put back for want of a token, no call made).
echo "DEAR calls by endpoint and outcome (all accounts, the whole run):" | tee -a "$OUT/result.txt"
curl -s "http://127.0.0.1:$((9990 + CLUSTER_OFFSET))/prometheus" | awk '
    /^dearbridge_dear_calls_total\{/ {
        match($0, /endpoint="[^"]*"/); e = substr($0, RSTART + 10, RLENGTH - 11)
        match($0, /outcome="[^"]*"/); o = substr($0, RSTART + 9, RLENGTH - 10)
        n[e " " o] += $NF }
    END { for (k in n) printf "  %-40s %d\n", k, n[k] }' | sort | tee -a "$OUT/result.txt"
echo "heap (MB used) and threads, first / max / last sample:" | tee -a "$OUT/result.txt"
awk '{ split($2, h, "="); split($3, t, "="); if (NR == 1) { h1 = h[2]; t1 = t[2] } if (h[2] > hm) hm = h[2]; if (t[2] > tm) tm = t[2]; hl = h[2]; tl = t[2] }
     END { printf "  heap %s / %s / %s MB, threads %s / %s / %s\n", h1, hm, hl, t1, tm, tl }' "$OUT/heap.txt" | tee -a "$OUT/result.txt"
echo "output: $OUT"
exit "$status"
