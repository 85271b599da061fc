-- Issue 12: reconciliation, the webhook watchdog once per cluster, stuck orders and retention.

-- Timers that every node runs, but whose work must happen once: a job (or a job for one account) is done by the node
-- that holds its lease row. A lease is taken by a conditional UPDATE that commits at once, so no row lock is held
-- while the job calls DEAR; a node that dies mid-job lets its lease run out. last_run_at spaces cluster-wide runs,
-- requested_at is an on-demand trigger any node may set.
CREATE TABLE job_lease (
    name         VARCHAR(150)             NOT NULL PRIMARY KEY,
    owner        VARCHAR(100),
    lease_until  TIMESTAMP WITH TIME ZONE,
    last_run_at  TIMESTAMP WITH TIME ZONE,
    requested_at TIMESTAMP WITH TIME ZONE,
    last_outcome VARCHAR(1000)
);

-- What the watchdog last found per subscription, for readiness on every node.
CREATE TABLE webhook_health (
    account_code VARCHAR(64)              NOT NULL REFERENCES account (code),
    event_type   VARCHAR(100)             NOT NULL,
    outcome      VARCHAR(20)              NOT NULL,
    detail       VARCHAR(1000),
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_code, event_type)
);

-- Stuck orders: since when the order is in its stage, and the flag the stuck-order timer sets.
ALTER TABLE warehouse_order ADD COLUMN stage_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE warehouse_order ADD COLUMN stuck_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE warehouse_order ADD COLUMN stuck_reason VARCHAR(500);
UPDATE warehouse_order SET stage_since = updated_at;
CREATE INDEX ix_order_stuck ON warehouse_order (account_code, stuck_since, id);
CREATE INDEX ix_order_stage ON warehouse_order (status, stage_since);

-- Retention deletes by age in small batches; these keep each batch an index range scan.
CREATE INDEX ix_attempt_finished ON sync_attempt (finished_at);
CREATE INDEX ix_idempotent_created ON idempotent_request (created_at);
