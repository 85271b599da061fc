-- Dispatchers now claim per account (fair scheduling): each account's due rows are found on an index that
-- starts with the account, instead of filtering the whole due backlog of every account.
CREATE INDEX ix_inbox_account_due ON inbox_event (account_code, status, next_attempt_at);
CREATE INDEX ix_outbox_account_due ON outbox_command (account_code, status, next_attempt_at);

-- One DEAR rate budget per account shared by every node (GCRA): the earliest time, in microseconds since the
-- epoch on the database's clock, at which the account's next token is due. Nodes take tokens with a row lock.
CREATE TABLE rate_budget (
    account_code      VARCHAR(64) NOT NULL PRIMARY KEY,
    next_token_micros BIGINT      NOT NULL
);
