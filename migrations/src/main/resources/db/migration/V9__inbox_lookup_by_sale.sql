-- The receiver now finds earlier copies of a delivery through its sale (ix_inbox_sale), its task for events DEAR
-- addresses by task only (below), or, for events carrying neither, the time-bucketed dedupe key. Identical content
-- carries the same identifiers, so these find what the payload-hash index found. That index took every webhook
-- into a random page; on PostgreSQL with millions of rows it missed the buffer cache about once per webhook.
DROP INDEX ix_inbox_hash;
CREATE INDEX ix_inbox_task ON inbox_event (account_code, sale_task_id, id);
