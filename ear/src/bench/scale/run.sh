#!/usr/bin/env bash
# "A million orders" (issue 27, part 2), one command after a build (mvn -B -DskipTests -pl ear -am package):
#   bash ear/src/bench/scale/run.sh                   # 1,000,000 orders; ~25 min on the 2-core session machine
#   SCALE_ORDERS=10000 SCALE_REQUESTS=20 bash ear/src/bench/scale/run.sh   # the smoke run of .ci/run (~2 min)
# Starts one bridge node on PostgreSQL (ear/src/bench/cluster/cluster.sh; database SCALE_DB, made afresh and
# dropped at the end unless SCALE_KEEP_DB=1), lets its Flyway migrate, seeds the schema with seed.sql (SCALE_ORDERS
# orders across 100 accounts, 5 inbox events, 2 outbox commands and 3 sync attempts each), then:
#   1. EXPLAIN (ANALYZE, BUFFERS) of the statements behind the measured pages (queries.sql) -> explain.txt;
#   2. the database's size per order;
#   3. Scale.java: p50/p95/max over SCALE_REQUESTS requests of each API call and console page;
#   4. retention: webhook ingest (wrk, c=8, SCALE_INGEST_SECS) without a sweep, during one retention sweep of the
#      seeded data (the bridge's own timer, released for one run through its lease row), and after it.
# Output: ear/target/bench-scale/<time>/ (summary.txt, explain.txt, server log). Exits 1 if a step fails.
# Seeding a million orders takes most of the run; to seed once and measure later (on a quieter machine, or after a
# change), SCALE_SEED_ONLY=1 stops after the seed and keeps the database, and SCALE_REUSE_DB=1 measures a database
# seeded so (the node's Flyway applies any newer migration to it; the retention step then deletes from it).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
HERE=$ROOT/ear/src/bench/scale
OUT=$ROOT/ear/target/bench-scale/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
ORDERS=${SCALE_ORDERS:-1000000}
REQUESTS=${SCALE_REQUESTS:-200}
INGEST_SECS=${SCALE_INGEST_SECS:-20}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export CLUSTER_DB=${SCALE_DB:-dearbridge_h_scale} CLUSTER_FRESH_DB=1
REUSE=${SCALE_REUSE_DB:-0}
[ "$REUSE" = 1 ] && CLUSTER_FRESH_DB=0
[ "${SCALE_SEED_ONLY:-0}" = 1 ] && SCALE_KEEP_DB=1
export CLUSTER_OFFSET=${SCALE_OFFSET:-800} CLUSTER_LB_PORT=${SCALE_LB_PORT:-8869}
PORT=$((8080 + CLUSTER_OFFSET))
BRIDGE=http://127.0.0.1:$PORT
TOKEN=demo-webhook-secret-5b1f0c9e6d2a
# The demo account takes the ingest; its secret from the environment, so wrk knows it. Retention ticks every 5 s
# but runs only when the bench releases its lease row (below).
export DEARBRIDGE_ACCOUNT_DEMO_WEBHOOK_SECRET=$TOKEN DEARSIM_DEMO_TRAFFIC=false
export DEARBRIDGE_RETENTION_INTERVAL=PT5S DEARBRIDGE_RETENTION_FIRST_DELAY=PT5S
CLUSTER=$ROOT/ear/src/bench/cluster/cluster.sh

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$OUT/summary.txt" >&2; }
sql() { psql -X -q -At -d "$CLUSTER_DB" -c "$1"; }
cleanup() {
    bash "$CLUSTER" stop || true
    cp "$ROOT/ear/target/cluster/node1/standalone/log/server.log" "$OUT/" 2>/dev/null || true
    [ "${SCALE_KEEP_DB:-0}" = 1 ] || psql -q -d postgres -c "DROP DATABASE IF EXISTS $CLUSTER_DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT
for tool in psql wrk java curl; do command -v $tool >/dev/null || { log "FAILED: $tool is missing"; exit 1; }; done

log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $ORDERS orders, $REQUESTS requests each"
bash "$CLUSTER" start 1 > "$OUT/start.log" 2>&1 || { tail -20 "$OUT/start.log"; exit 1; }
# Hold retention until step 4: its lease's last run lies in the future, so no node may take it.
sql "INSERT INTO job_lease (name, last_run_at) VALUES ('retention', now() + interval '1 day')
     ON CONFLICT (name) DO UPDATE SET last_run_at = now() + interval '1 day'"

if [ "$REUSE" = 1 ]; then
    seeded=$(sql "SELECT count(*) FROM warehouse_order")
    [ "$seeded" -ge "$ORDERS" ] || { log "FAILED: SCALE_REUSE_DB=1 but $CLUSTER_DB holds $seeded orders, not $ORDERS"; exit 1; }
    log "reusing $CLUSTER_DB: $seeded orders already seeded"
else
    log "seeding (seed.sql, orders=$ORDERS)"
    start=$(date +%s)
    psql -X -q -d "$CLUSTER_DB" -v orders="$ORDERS" -f "$HERE/seed.sql" > "$OUT/seed.log" 2>&1 || { tail -20 "$OUT/seed.log"; exit 1; }
    log "seeded in $(( $(date +%s) - start )) s: $(tail -8 "$OUT/seed.log" | grep '|' | tr -s ' ' | paste -sd ';')"
fi
if [ "${SCALE_SEED_ONLY:-0}" = 1 ]; then
    log "SCALE_SEED_ONLY=1: database $CLUSTER_DB kept; measure it with SCALE_REUSE_DB=1"
    exit 0
fi

log "EXPLAIN (ANALYZE, BUFFERS) -> explain.txt"
psql -X -d "$CLUSTER_DB" -v account=bench042 -f "$HERE/queries.sql" > "$OUT/explain.txt" 2>&1 || { tail "$OUT/explain.txt"; exit 1; }
grep -E '^###|Execution Time' "$OUT/explain.txt" | tee -a "$OUT/summary.txt" >&2

bytes=$(sql "SELECT pg_database_size(current_database())")
log "database size: $((bytes / 1048576)) MiB, $((bytes / ORDERS)) bytes per order (with its lines, fulfilment, timeline, events, commands and attempts)"
sql "SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY pg_total_relation_size(oid) DESC LIMIT 8" \
    | tr '\n' ' ' | sed 's/^/tables: /' | tee -a "$OUT/summary.txt" >&2; echo >&2

log "page times (Scale.java), load average $(cut -d' ' -f1-3 /proc/loadavg)"
BRIDGE=$BRIDGE ORDERS=$ORDERS REQUESTS=$REQUESTS java "$HERE/Scale.java" 2>&1 | tee -a "$OUT/summary.txt"
[ "${PIPESTATUS[0]}" = 0 ] || { log "FAILED: page requests failed"; exit 1; }

ingest() { # $1 = label; prints acks/s
    BENCH_RUN=$(printf '%08x' $((RANDOM * RANDOM))) BENCH_TOKEN=$TOKEN wrk -t2 -c8 -d"${INGEST_SECS}s" --latency \
        -s "$ROOT/ear/src/bench/ingest/webhook.lua" "$BRIDGE/bridge/api/dear/demo/webhooks/Sale/OrderAuthorised" > "$OUT/wrk-$1.txt" 2>&1
    local line; line=$(grep '^RESULT' "$OUT/wrk-$1.txt" || true)
    [ -n "$line" ] || { log "FAILED: wrk $1"; cat "$OUT/wrk-$1.txt" >&2; exit 1; }
    log "ingest $1 (load $(cut -d' ' -f1 /proc/loadavg)): $line"
    echo "$line" | sed 's/.*rps=\([0-9.]*\).*/\1/'
}
log "retention: ingest without a sweep, during one sweep, and after"
# Not measured: the JVM's first ingest runs with its JIT still warming (2026-12-07: 1,102 acks/s cold, 2,498 warm).
ingest warmup > /dev/null
before=$(ingest before)
inbox0=$(sql "SELECT count(*) FROM inbox_event"); outbox0=$(sql "SELECT count(*) FROM outbox_command"); attempts0=$(sql "SELECT count(*) FROM sync_attempt")
released=$(sql "UPDATE job_lease SET last_run_at = NULL, last_outcome = NULL WHERE name = 'retention' RETURNING now()")
during=$(ingest during)
for _ in $(seq 1 600); do
    [ -n "$(sql "SELECT 1 FROM job_lease WHERE name = 'retention' AND last_run_at IS NOT NULL")" ] && break
    sleep 1
done
sql "UPDATE job_lease SET last_run_at = now() + interval '1 day' WHERE name = 'retention'
     RETURNING 'sweep took ' || round(extract(epoch FROM (now() - '$released'::timestamptz))::numeric, 1) || ' s (' || coalesce(last_outcome, 'not finished') || ')'" \
    | head -1 | while read -r line; do log "$line"; done
log "deleted: inbox $((inbox0 - $(sql "SELECT count(*) FROM inbox_event"))) (ingest added rows too), outbox $((outbox0 - $(sql "SELECT count(*) FROM outbox_command"))), attempts $((attempts0 - $(sql "SELECT count(*) FROM sync_attempt")))"
after=$(ingest after)
awk -v b="$before" -v d="$during" -v a="$after" 'BEGIN { w = (b + a) / 2; printf "ingest during the sweep / without (mean of before and after): %.2f (goal >= 0.80)\n", (w > 0 ? d / w : 0) }' \
    | tee -a "$OUT/summary.txt" >&2
log "done: $OUT"
