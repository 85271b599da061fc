-- Issue 21: one inbox for every DEAR document. An event names the document it is about (its kind: SALE, PURCHASE,
-- ...; its DEAR id, task id and number) instead of sale-only columns. Rows stored before are all about sales.

-- With a constant default PostgreSQL records the value for existing rows without rewriting the table; dropping the
-- default afterwards keeps it on those rows. New rows get the kind their event type defines (none for types the
-- bridge does not know).
ALTER TABLE inbox_event ADD COLUMN document_kind VARCHAR(20) DEFAULT 'SALE';
ALTER TABLE inbox_event ALTER COLUMN document_kind DROP DEFAULT;

ALTER TABLE inbox_event RENAME COLUMN sale_id TO document_id;
ALTER TABLE inbox_event RENAME COLUMN sale_task_id TO document_task_id;
ALTER TABLE inbox_event RENAME COLUMN sale_order_number TO document_number;

-- In-order processing and the receiver's copy lookup, per document (was per sale, and per sale task).
DROP INDEX ix_inbox_sale;
DROP INDEX ix_inbox_task;
CREATE INDEX ix_inbox_document ON inbox_event (account_code, document_kind, document_id, id);
CREATE INDEX ix_inbox_document_task ON inbox_event (account_code, document_kind, document_task_id, id);
