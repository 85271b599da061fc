-- The receiver's duplicate lookup is an equality on (account_code, payload_hash); the id makes the index
-- cover "newest first" too. Measured before: a cached generic plan walked ix_inbox_sale in id order instead,
-- reading the whole account's inbox per webhook.
DROP INDEX ix_inbox_hash;
CREATE INDEX ix_inbox_hash ON inbox_event (account_code, payload_hash, id);
