#!/usr/bin/env bash
# Two-node benchmarks (issue 16), one command after a build (mvn -B -DskipTests -pl ear -am package):
#   bash ear/src/bench/cluster/run.sh
# Starts two nodes on one PostgreSQL behind HAProxy (cluster.sh, database dearbridge_twonodes, made afresh) with an
# account 'bulk' added through the environment (its simulator account at DEAR's 60 calls a minute), then:
#   1. two nodes drain 180 sales of 'bulk' (TwoNodes.java): calls per 60 s as DEAR counted them, throttled
#      answers, rate achieved, sales read more than once;
#   2. the same with 120 sales, and node 2 SIGKILLed 40 s into the drain: nothing lost, nothing doubled;
# then checks the database for duplicate orders and unfinished events, and stops. Leases are 30 s here (PT5M by
# default) so the drill waits out a killed node's claims in seconds. Output: ear/target/bench-cluster/<time>/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
OUT=$ROOT/ear/target/bench-cluster/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
export CLUSTER_DB=${CLUSTER_DB:-dearbridge_twonodes} CLUSTER_FRESH_DB=1
OFFSET=${CLUSTER_OFFSET:-800}
SIM=http://127.0.0.1:$((8080 + OFFSET))/dear-simulator/ExternalApi/v2
export DEARBRIDGE_ACCOUNTS=demo,bulk
export DEARBRIDGE_ACCOUNT_BULK_BASE_URL=$SIM
export DEARBRIDGE_ACCOUNT_BULK_ACCOUNT_ID=0a5e1c2d-3b4f-4a6e-8c7d-9e0f1a2b3c03
export DEARBRIDGE_ACCOUNT_BULK_APPLICATION_KEY=1b6f2d3e-4c5a-4b7f-9d8e-0f1a2b3c4d03
export DEARBRIDGE_ACCOUNT_BULK_WEBHOOK_SECRET=bulk-webhook-secret-0000000000003
export DEARSIM_ACCOUNTS="Demo Outdoor Co:3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41:7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93,Bulk Ltd:$DEARBRIDGE_ACCOUNT_BULK_ACCOUNT_ID:$DEARBRIDGE_ACCOUNT_BULK_APPLICATION_KEY"
export DEARSIM_DEMO_TRAFFIC=false DEARBRIDGE_INBOX_LEASE=PT30S DEARBRIDGE_OUTBOX_LEASE=PT30S
CLUSTER=$ROOT/ear/src/bench/cluster/cluster.sh
export CLUSTER LB=http://127.0.0.1:${CLUSTER_LB_PORT:-8870} SIM_NODE=http://127.0.0.1:$((8080 + OFFSET))
trap 'bash "$CLUSTER" stop' EXIT
bash "$CLUSTER" start 2 2>&1 | tee "$OUT/start.log"
status=0
SALES=${SALES:-180} java "$ROOT/ear/src/bench/cluster/TwoNodes.java" 2>&1 | tee "$OUT/drain.txt" || status=1
SALES=${KILL_SALES:-120} KILL_AFTER=${KILL_AFTER:-40} KILL_NODE=2 java "$ROOT/ear/src/bench/cluster/TwoNodes.java" 2>&1 \
    | tee "$OUT/kill.txt" || status=1
sql() { psql -X -At -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$CLUSTER_DB" -c "$1"; }
{
    echo "orders of bulk: $(sql "select count(*) from warehouse_order where account_code = 'bulk'")"
    echo "sales with more than one order: $(sql "select count(*) from (select sale_id from warehouse_order group by account_code, sale_id having count(*) > 1) d")"
    echo "inbox events of bulk not DONE: $(sql "select count(*) from inbox_event where account_code = 'bulk' and status <> 'DONE'")"
    echo "inbox events of bulk by attempts: $(sql "select string_agg(attempts || ':' || n, ' ') from (select attempts, count(*) n from inbox_event where account_code = 'bulk' group by attempts order by attempts) a")"
} | tee "$OUT/database.txt"
grep -q "^sales with more than one order: 0$" "$OUT/database.txt" && grep -q "not DONE: 0$" "$OUT/database.txt" || status=1
for n in 1 2; do cp "$ROOT/ear/target/cluster/node$n/standalone/log/server.log" "$OUT/server-$n.log" 2>/dev/null || true; done
exit $status
