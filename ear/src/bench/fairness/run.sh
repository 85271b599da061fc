#!/usr/bin/env bash
# Fairness benchmarks (issue 16), one command after a build (mvn -B -DskipTests -pl ear -am package):
#   bash ear/src/bench/fairness/run.sh
# Starts one bridge node on PostgreSQL (ear/src/bench/cluster/cluster.sh, database dearbridge_fairness, made
# afresh) with two more accounts added through the environment, 'noisy' and 'quiet', each its own simulator
# account at DEAR's default 60 calls a minute, then runs Fairness.java (noisy neighbour, and writes under an
# import backlog, side by side) and stops the node. Output: ear/target/bench-fairness/<time>/.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)
OUT=$ROOT/ear/target/bench-fairness/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
export CLUSTER_DB=${CLUSTER_DB:-dearbridge_fairness} CLUSTER_FRESH_DB=1
OFFSET=${CLUSTER_OFFSET:-800}
PORT=$((8080 + OFFSET))
SIM=http://127.0.0.1:$PORT/dear-simulator/ExternalApi/v2
# Accounts through the environment (they override the demo's settings); the simulator learns them the same way.
export DEARBRIDGE_ACCOUNTS=demo,noisy,quiet
export DEARBRIDGE_ACCOUNT_NOISY_BASE_URL=$SIM DEARBRIDGE_ACCOUNT_QUIET_BASE_URL=$SIM
export DEARBRIDGE_ACCOUNT_NOISY_ACCOUNT_ID=0a5e1c2d-3b4f-4a6e-8c7d-9e0f1a2b3c01
export DEARBRIDGE_ACCOUNT_NOISY_APPLICATION_KEY=1b6f2d3e-4c5a-4b7f-9d8e-0f1a2b3c4d01
export DEARBRIDGE_ACCOUNT_NOISY_WEBHOOK_SECRET=noisy-webhook-secret-000000000001
export DEARBRIDGE_ACCOUNT_QUIET_ACCOUNT_ID=0a5e1c2d-3b4f-4a6e-8c7d-9e0f1a2b3c02
export DEARBRIDGE_ACCOUNT_QUIET_APPLICATION_KEY=1b6f2d3e-4c5a-4b7f-9d8e-0f1a2b3c4d02
export DEARBRIDGE_ACCOUNT_QUIET_WEBHOOK_SECRET=quiet-webhook-secret-000000000002
export DEARSIM_ACCOUNTS="Demo Outdoor Co:3f6b1d2e-9a4c-4e0b-8d7f-2c1a5e9b0d41:7c2e9f10-4b8d-4a3e-9c61-d05b8e2f7a93,Noisy Ltd:$DEARBRIDGE_ACCOUNT_NOISY_ACCOUNT_ID:$DEARBRIDGE_ACCOUNT_NOISY_APPLICATION_KEY,Quiet Ltd:$DEARBRIDGE_ACCOUNT_QUIET_ACCOUNT_ID:$DEARBRIDGE_ACCOUNT_QUIET_APPLICATION_KEY"
export DEARSIM_DEMO_TRAFFIC=false
CLUSTER=$ROOT/ear/src/bench/cluster/cluster.sh
trap 'bash "$CLUSTER" stop' EXIT
bash "$CLUSTER" start 1 2>&1 | tee "$OUT/start.log"
BRIDGE=http://127.0.0.1:$PORT java "$ROOT/ear/src/bench/fairness/Fairness.java" 2>&1 | tee "$OUT/result.txt"
cp "$ROOT/ear/target/cluster/node1/standalone/log/server.log" "$OUT/" 2>/dev/null || true
