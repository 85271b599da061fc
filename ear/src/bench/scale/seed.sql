-- Seeds a migrated (empty) bridge database at scale for issue 27's "a million orders" benchmark:
--   psql -v orders=1000000 -f seed.sql          (run.sh does this after the bridge's Flyway migrated the schema)
-- Per order (N = :orders, across 100 accounts bench001..bench100): 2 lines, 1 fulfilment (with a shipment record
-- when shipped), 2 timeline lines, 5 inbox events (authorised, pick, pack, ship, modified), 2 outbox commands
-- (pick and ship writes) and 3 sync attempts (the authorised event's and both commands'). So N = 1,000,000 gives
-- 5,000,000 inbox events, 2,000,000 outbox commands and 3,000,000 attempts. Orders are spread over the last two
-- years, oldest first; the newest 5 % are still open (awaiting pick .. waiting payment), the rest shipped or
-- cancelled. N/100 syncs need an operator: N/200 FAILED inbox events, N/1000 * 3 FAILED and N/1000 * 2 HELD
-- outbox commands (10,000 at N = 1,000,000), plus a few RETRY and waiting items. Items that a dispatcher could
-- pick up are due in 30 days, so the running bridge leaves the seeded data alone (its accounts are not
-- configured). Ids are given explicitly and the identity sequences moved past them afterwards.
\set ON_ERROR_STOP on
\timing on
SET synchronous_commit = off;
-- The rows are consistent by construction: skip the per-row foreign-key triggers (needs a superuser, as run.sh is).
SET session_replication_role = replica;
SET maintenance_work_mem = '256MB';

CREATE TEMP TABLE seed_param AS
SELECT :orders::bigint AS n, now() AS t0, interval '730 days' AS span;

INSERT INTO account (code, base_url, active, created_at, updated_at)
SELECT 'bench' || lpad(a::text, 3, '0'), 'http://127.0.0.1:1/unused', false, now() - interval '800 days', now()
FROM generate_series(1, 100) a
ON CONFLICT DO NOTHING;

-- Orders: id g, account (g % 100), created at t0 - span * (n - g) / n.
INSERT INTO warehouse_order (id, account_code, sale_id, sale_order_number, status, customer, customer_reference,
    location, ship_line1, ship_city, ship_state, ship_postcode, ship_country, ship_company, ship_contact,
    carrier, dear_status, dear_order_status, dear_type, tracking_numbers, dear_modified_at, created_at,
    updated_at, stage_since, email, ship_by)
SELECT g, 'bench' || lpad((1 + g % 100)::text, 3, '0'),
    substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12),
    'SO-' || lpad(g::text, 8, '0'),
    st,
    'Customer ' || (g % 5000), 'PO-' || (g % 100000), 'Main Warehouse',
    (g % 900 + 1) || ' High Street', 'Springfield', 'NSW', lpad((g % 9000 + 1000)::text, 4, '0'), 'Australia',
    'Company ' || (g % 5000), 'Contact ' || (g % 3000),
    CASE WHEN st IN ('SHIPPED', 'PARTIALLY_SHIPPED') THEN 'Australia Post' END,
    CASE WHEN st = 'CANCELLED' THEN 'VOIDED' WHEN st = 'SHIPPED' THEN 'COMPLETED' ELSE 'ORDERED' END,
    CASE WHEN st = 'WAITING' THEN 'AUTH_NO_ALLOC' ELSE 'AUTHORISED' END, 'Simple Sale',
    CASE WHEN st IN ('SHIPPED', 'PARTIALLY_SHIPPED') THEN 'TRK' || lpad(g::text, 10, '0') END,
    at + interval '2 hours', at, at + interval '2 days', at + interval '2 days', 'buyer' || (g % 5000) || '@example.com',
    (at + interval '3 days')::date
FROM (
    SELECT g, md5('sale' || g) AS h,
        p.t0 - p.span * (p.n - g)::double precision / p.n AS at,
        CASE WHEN g <= p.n * 0.95 THEN (CASE WHEN g % 25 = 0 THEN 'CANCELLED' ELSE 'SHIPPED' END)
             ELSE (ARRAY['AWAITING_PICK', 'AWAITING_PICK', 'AWAITING_PICK', 'AWAITING_PICK', 'PICKING', 'PICKING',
                         'PACKED', 'PARTIALLY_SHIPPED', 'WAITING', 'WAITING', 'ON_HOLD', 'WAITING_PAYMENT',
                         'NOTHING_TO_PICK', 'SHIPPED', 'SHIPPED', 'SHIPPED', 'SHIPPED', 'SHIPPED', 'CANCELLED',
                         'AWAITING_PICK'])[1 + g % 20] END AS st
    FROM seed_param p, generate_series(1, p.n) g
) o;

-- The open orders older than a day are flagged stuck already, as the stuck-order timer would have done over time
-- (else its first run after seeding flags tens of thousands, one at a time, while the pages are measured).
UPDATE warehouse_order SET stuck_since = stage_since + interval '1 day',
    stuck_reason = 'waiting in its stage for more than a day (seeded)'
WHERE account_code LIKE 'bench%' AND status NOT IN ('SHIPPED', 'CANCELLED') AND stage_since < now() - interval '1 day';

INSERT INTO order_line (id, order_id, line_no, product_id, sku, name, quantity)
SELECT 2 * g - 2 + l, g, l, md5('product' || (g * 7 + l) % 20000),
    'SKU-' || lpad(((g * 7 + l) % 20000)::text, 5, '0'), 'Product ' || ((g * 7 + l) % 20000) || ', standard pack',
    1 + (g + l) % 4
FROM seed_param p, generate_series(1, p.n) g, generate_series(1, 2) l;

INSERT INTO fulfilment (id, order_id, task_id, number, fulfilment_status, pick_status, pack_status, ship_status,
    tracking_numbers, pick_pushed, pack_pushed, ship_pushed)
SELECT o.id, o.id, md5('task' || o.id), 1,
    CASE WHEN o.status = 'SHIPPED' THEN 'FULFILLED' ELSE 'NOT FULFILLED' END,
    CASE WHEN o.status IN ('PICKING', 'PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED') THEN 'AUTHORISED' ELSE 'DRAFT' END,
    CASE WHEN o.status IN ('PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED') THEN 'AUTHORISED' ELSE 'DRAFT' END,
    CASE WHEN o.status = 'SHIPPED' THEN 'AUTHORISED' ELSE 'DRAFT' END,
    o.tracking_numbers, o.status IN ('PICKING', 'PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED'),
    o.status IN ('PACKED', 'PARTIALLY_SHIPPED', 'SHIPPED'), o.status = 'SHIPPED'
FROM warehouse_order o WHERE o.account_code LIKE 'bench%' AND o.status <> 'CANCELLED';

INSERT INTO fulfilment_record (id, fulfilment_id, stage, autopick, carrier, tracking_number, ship_date, recorded_by,
    recorded_at)
SELECT o.id, o.id, 'SHIP', true, o.carrier, o.tracking_numbers, (o.created_at + interval '1 day')::date, 'warehouse',
    o.created_at + interval '1 day'
FROM warehouse_order o WHERE o.account_code LIKE 'bench%' AND o.status = 'SHIPPED';

INSERT INTO order_timeline (id, order_id, at, what, source)
SELECT 2 * o.id - 2 + k, o.id, o.created_at + (k - 1) * interval '1 day',
    CASE k WHEN 1 THEN 'Imported from DEAR (' || o.dear_order_status || ')' ELSE 'Status ' || o.status END,
    CASE k WHEN 1 THEN 'DEAR' ELSE 'WAREHOUSE' END
FROM warehouse_order o, generate_series(1, 2) k WHERE o.account_code LIKE 'bench%';

-- Inbox: event 5(g-1)+k of order g. k = 1 authorised, 2..4 the stage echoes, 5 a later modification (IGNORED).
-- The authorised events of every 200th order failed (N/200); the newest orders' last events still wait.
INSERT INTO inbox_event (id, account_code, event_type, document_kind, document_id, document_task_id, document_number,
    dedupe_key, payload, source, status, attempts, next_attempt_at, last_failure_kind, last_http_status, last_error,
    received_at, updated_at, payload_hash, deliveries, waiting_for)
SELECT 5 * (o.id - 1) + k, o.account_code, e.type, 'SALE', o.sale_id, CASE WHEN k BETWEEN 2 AND 4 THEN md5('task' || o.id) END,
    o.sale_order_number,
    to_char(o.created_at + (k - 1) * interval '6 hours', 'YYYYMMDDHH24MI') || ':' || md5('event' || o.id || ':' || k),
    '{"SaleID":"' || o.sale_id || '","SaleOrderNumber":"' || o.sale_order_number || '","Status":"' || e.dear
        || '","Customer":"' || o.customer || '","CustomerID":"' || md5('c' || o.customer) || '","Location":"Main Warehouse",'
        || '"EventType":"' || e.type || '","Created":"' || to_char(o.created_at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') || '"}',
    'WEBHOOK', s.status, s.attempts,
    CASE WHEN s.status IN ('RECEIVED', 'RETRY') THEN now() + interval '30 days' END,
    CASE s.status WHEN 'FAILED' THEN 'PERMANENT' WHEN 'RETRY' THEN 'TRANSIENT' END,
    CASE WHEN s.status IN ('FAILED', 'RETRY') THEN 400 END,
    CASE WHEN s.status IN ('FAILED', 'RETRY') THEN 'DEAR answered 400: Sale not found or location not served' END,
    o.created_at + (k - 1) * interval '6 hours', o.created_at + (k - 1) * interval '6 hours' + interval '2 seconds',
    md5('event' || o.id || ':' || k), 1,
    CASE WHEN s.status = 'RECEIVED' THEN 'EARLIER_EVENT' END
FROM warehouse_order o
CROSS JOIN generate_series(1, 5) k
CROSS JOIN LATERAL (SELECT (ARRAY['Sale/OrderAuthorised', 'Sale/PickAuthorised', 'Sale/PackAuthorised',
                                  'Sale/ShipmentAuthorised', 'Sale/Modified'])[k] AS type,
                           (ARRAY['AUTHORISED', 'PICKING', 'PACKED', 'SHIPPED', 'ORDERED'])[k] AS dear) e
CROSS JOIN LATERAL (SELECT CASE
        WHEN k = 1 AND o.id % 200 = 0 THEN 'FAILED'
        WHEN k = 5 THEN 'IGNORED'
        WHEN o.id > (SELECT n FROM seed_param) - 50 AND k = 4 THEN 'RETRY'
        WHEN o.id > (SELECT n FROM seed_param) - 50 AND k = 3 THEN 'RECEIVED'
        ELSE 'DONE' END AS status,
        CASE WHEN k = 1 AND o.id % 200 = 0 THEN 3 WHEN k = 1 THEN 1 ELSE 0 END AS attempts) s
WHERE o.account_code LIKE 'bench%';

-- Outbox: command 2(g-1)+k of order g (k = 1 pick, 2 ship). Per 1,000 orders 3 FAILED and 2 HELD (N/200 in all);
-- the newest orders' commands still wait.
INSERT INTO outbox_command (id, account_code, ordering_key, command_type, payload, status, attempts, next_attempt_at,
    last_failure_kind, last_http_status, last_error, response, created_at, updated_at, waiting_for)
SELECT 2 * (o.id - 1) + k, o.account_code, 'order:' || o.id, CASE k WHEN 1 THEN 'DEAR_PICK' ELSE 'DEAR_SHIP' END,
    '{"TaskID":"' || md5('task' || o.id) || '","Status":"AUTHORISED","Lines":[{"ProductID":"' || md5('product' || o.id)
        || '","SKU":"SKU-' || lpad((o.id % 20000)::text, 5, '0') || '","Quantity":1,"Location":"Main Warehouse"}]}',
    s.status, CASE WHEN s.status IN ('FAILED', 'HELD') THEN 5 ELSE 1 END,
    CASE WHEN s.status IN ('PENDING', 'RETRY') THEN now() + interval '30 days' END,
    CASE WHEN s.status IN ('FAILED', 'HELD') THEN 'PERMANENT' WHEN s.status = 'RETRY' THEN 'TRANSIENT' END,
    CASE WHEN s.status = 'FAILED' THEN 400 WHEN s.status = 'HELD' THEN 409 END,
    CASE WHEN s.status = 'FAILED' THEN 'DEAR answered 400: Quantity to pick exceeds quantity available'
         WHEN s.status = 'HELD' THEN 'Held: the sale changed in DEAR after the pick was recorded' END,
    CASE WHEN s.status = 'SENT' THEN '{"TaskID":"' || md5('task' || o.id) || '","Status":"AUTHORISED"}' END,
    o.created_at + k * interval '1 day', o.created_at + k * interval '1 day' + interval '3 seconds',
    CASE WHEN s.status = 'PENDING' THEN 'DEAR_BUDGET' END
FROM warehouse_order o
CROSS JOIN generate_series(1, 2) k
CROSS JOIN LATERAL (SELECT CASE
        WHEN k = 1 AND o.id % 1000 = 7 THEN 'FAILED'
        WHEN k = 2 AND o.id % 1000 = 507 THEN 'FAILED'
        WHEN k = 2 AND o.id % 1000 = 307 THEN 'FAILED'
        WHEN k = 1 AND o.id % 1000 = 107 THEN 'HELD'
        WHEN k = 2 AND o.id % 1000 = 207 THEN 'HELD'
        WHEN o.id > (SELECT n FROM seed_param) - 30 AND k = 2 THEN 'PENDING'
        WHEN o.id > (SELECT n FROM seed_param) - 30 AND k = 1 THEN 'RETRY'
        ELSE 'SENT' END AS status) s
WHERE o.account_code LIKE 'bench%';

-- Attempts: one for each order's authorised event and one for each command (3 per order).
INSERT INTO sync_attempt (id, inbox_event_id, outbox_command_id, attempt_no, started_at, finished_at, outcome,
    http_status, message)
SELECT e.id, e.id, NULL, 1, e.updated_at - interval '1 second', e.updated_at,
    CASE WHEN e.status = 'FAILED' THEN 'PERMANENT' ELSE 'SUCCESS' END,
    CASE WHEN e.status = 'FAILED' THEN 400 ELSE 200 END, e.last_error
FROM inbox_event e WHERE e.event_type = 'Sale/OrderAuthorised' AND e.account_code LIKE 'bench%';
INSERT INTO sync_attempt (id, inbox_event_id, outbox_command_id, attempt_no, started_at, finished_at, outcome,
    http_status, message)
SELECT 5 * (SELECT n FROM seed_param) + c.id, NULL, c.id, 1, c.updated_at - interval '1 second', c.updated_at,
    CASE WHEN c.status = 'SENT' THEN 'SUCCESS' WHEN c.status IN ('FAILED', 'HELD') THEN 'PERMANENT' ELSE 'TRANSIENT' END,
    COALESCE(c.last_http_status, 200), c.last_error
FROM outbox_command c WHERE c.account_code LIKE 'bench%';

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['warehouse_order', 'order_line', 'fulfilment', 'fulfilment_record', 'order_timeline',
                             'inbox_event', 'outbox_command', 'sync_attempt'] LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), GREATEST(1, (SELECT max(id) FROM %I)))', t, t);
    END LOOP;
END $$;

-- Autovacuum may be off (it is on the session machine): statistics and the visibility map, as production would have.
VACUUM ANALYZE;

SELECT 'orders' AS what, count(*) FROM warehouse_order
UNION ALL SELECT 'inbox', count(*) FROM inbox_event
UNION ALL SELECT 'outbox', count(*) FROM outbox_command
UNION ALL SELECT 'attempts', count(*) FROM sync_attempt
UNION ALL SELECT 'failed or held syncs', (SELECT count(*) FROM inbox_event WHERE status = 'FAILED')
                                        + (SELECT count(*) FROM outbox_command WHERE status IN ('FAILED', 'HELD'));
