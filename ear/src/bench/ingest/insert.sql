-- pgbench: one single-row INSERT per transaction into bench_inbox, a copy of inbox_event's shape
-- (CREATE TABLE ... (LIKE inbox_event INCLUDING ALL): identity key, the unique dedupe key and every index).
-- Values are shaped like the bridge's rows for the same webhook body: a random sale id, a dedupe key that
-- starts with its minute.
\set n random(1, 1000000000)
INSERT INTO bench_inbox (account_code, event_type, document_kind, document_id, document_number, dedupe_key,
                         payload_hash, payload, source, status, attempts, next_attempt_at, received_at, updated_at, version)
VALUES ('demo', 'Sale/OrderAuthorised', 'SALE', gen_random_uuid()::text, 'SO-PGBENCH-' || :n,
        floor(extract(epoch FROM clock_timestamp()) / 60)::bigint || ':' || md5(random()::text) || md5(:n::text),
        md5(random()::text) || md5(:client_id::text),
        '{"SaleID":"' || gen_random_uuid() || '","SaleOrderNumber":"SO-PGBENCH-' || :n || '"}',
        'WEBHOOK', 'RECEIVED', 0, now(), now(), now(), 0);
