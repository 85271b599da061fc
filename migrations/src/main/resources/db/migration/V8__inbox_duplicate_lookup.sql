-- The receiver's duplicate lookup reads the newest event with the same account and content hash; with the id
-- in the index that is one index probe, whatever plan the connection has cached.
DROP INDEX ix_inbox_hash;
CREATE INDEX ix_inbox_hash ON inbox_event (account_code, payload_hash, id);
