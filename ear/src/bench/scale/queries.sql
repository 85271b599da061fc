-- The statements behind the pages issue 27 measures, as the bridge sends them (Hibernate's SQL for the JPQL of
-- OrderQueries.list / ConsoleOrders, FailedSyncs' SQL (its wait texts shortened), the dashboard's counts), with literal values.
-- run.sh prints EXPLAIN (ANALYZE, BUFFERS) of each: psql -v account=bench042 -f queries.sql
\set ON_ERROR_STOP on
\pset pager off
\echo '### API list by account: page and total'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT * FROM warehouse_order o WHERE o.account_code = :'account' ORDER BY o.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(o.id) FROM warehouse_order o WHERE o.account_code = :'account';
\echo '### API list by status (open: AWAITING_PICK): page and total'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT * FROM warehouse_order o WHERE o.status = 'AWAITING_PICK' ORDER BY o.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(o.id) FROM warehouse_order o WHERE o.status = 'AWAITING_PICK';
\echo '### API list by status (SHIPPED, most orders): page and total'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT * FROM warehouse_order o WHERE o.status = 'SHIPPED' ORDER BY o.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(o.id) FROM warehouse_order o WHERE o.status = 'SHIPPED';
\echo '### API list by account and status: page and total'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT * FROM warehouse_order o WHERE o.account_code = :'account' AND o.status = 'SHIPPED' ORDER BY o.id DESC OFFSET 0 ROWS FETCH FIRST 50 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(o.id) FROM warehouse_order o WHERE o.account_code = :'account' AND o.status = 'SHIPPED';
\echo '### The estimates that replace totals of 100,000 or more (RowEstimates: EXPLAIN without ANALYZE)'
EXPLAIN SELECT 1 FROM warehouse_order WHERE status = 'SHIPPED';
EXPLAIN SELECT 1 FROM warehouse_order;
EXPLAIN SELECT 1 FROM inbox_event WHERE status = 'DONE';
\echo '### Console orders page (no filter): total, then the first page, then the stuck flags of its 25 orders by id (a second query)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT count(o.id) FROM warehouse_order o;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT o.* FROM warehouse_order o ORDER BY o.id DESC, o.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;
SELECT string_agg(id::text, ', ') AS page_ids FROM (SELECT id FROM warehouse_order ORDER BY id DESC LIMIT 25) p \gset
\set stuck '(EXISTS (SELECT 1 FROM outbox_command c WHERE c.ordering_key = ''order:'' || CAST(o.id AS varchar(255)) AND c.status IN (''FAILED'', ''HELD'')) OR EXISTS (SELECT 1 FROM inbox_event e WHERE e.account_code = o.account_code AND e.document_kind = ''SALE'' AND e.document_id = o.sale_id AND e.status = ''FAILED''))'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT o.id FROM warehouse_order o WHERE o.id IN (:page_ids) AND :stuck;
\echo '### Console orders page, stuck only: first page (the filter itself reads the failed and held syncs)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT o.* FROM warehouse_order o WHERE :stuck ORDER BY o.id DESC, o.id DESC OFFSET 0 ROWS FETCH FIRST 25 ROWS ONLY;
\echo '### Failed syncs (FailedSyncs.ROWS: the union without orders, each side reading only the states asked for), default filter (FAILED, HELD): total'
\set rows 'SELECT * FROM ( SELECT ''INBOX'' AS side, e.id, e.updated_at AS at, e.account_code, e.document_number AS doc_number, e.event_type AS type, CASE WHEN e.status = ''RECEIVED'' THEN ''WAITING'' ELSE e.status END AS status, e.attempts, e.last_http_status, COALESCE(e.last_error, CASE e.waiting_for WHEN ''DEAR_BUDGET'' THEN ''w1'' WHEN ''EARLIER_EVENT'' THEN ''w2'' WHEN ''DEAR_INVOICE'' THEN ''w3'' END) AS last_error, e.next_attempt_at, CASE WHEN e.document_kind = ''SALE'' THEN e.document_id END AS sale_id, CAST(NULL AS BIGINT) AS order_ref, CAST(NULL AS BIGINT) AS receipt_ref FROM inbox_event e WHERE (e.status IN (''FAILED'')) UNION ALL SELECT ''OUTBOX'', c.id, c.updated_at, c.account_code, CAST(NULL AS VARCHAR(256)), c.command_type, CASE WHEN c.status = ''PENDING'' THEN ''WAITING'' ELSE c.status END, c.attempts, c.last_http_status, COALESCE(c.last_error, CASE c.waiting_for WHEN ''DEAR_BUDGET'' THEN ''w1'' WHEN ''EARLIER_EVENT'' THEN ''w2'' WHEN ''DEAR_INVOICE'' THEN ''w3'' END), c.next_attempt_at, CAST(NULL AS VARCHAR(64)), CASE WHEN c.ordering_key LIKE ''order:%'' THEN CAST(SUBSTRING(c.ordering_key, 7) AS BIGINT) END, CASE WHEN c.ordering_key LIKE ''receipt:%'' THEN CAST(SUBSTRING(c.ordering_key, 9) AS BIGINT) END FROM outbox_command c WHERE (c.status IN (''FAILED'', ''HELD''))) s WHERE 1 = 1 AND s.status IN (''FAILED'', ''HELD'')'
\set join 'SELECT s.side, s.id, s.at, s.account_code, COALESCE(s.doc_number, oo.sale_order_number, r.order_number) AS doc_number, s.type, s.status, s.attempts, s.last_http_status, s.last_error, s.next_attempt_at, COALESCE(oi.id, oo.id) AS order_id FROM'
\set joined 's LEFT JOIN warehouse_order oi ON oi.account_code = s.account_code AND oi.sale_id = s.sale_id LEFT JOIN warehouse_order oo ON oo.id = s.order_ref LEFT JOIN receipt r ON r.id = s.receipt_ref'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT COUNT(*) FROM (:rows) n;
\echo '### Failed syncs, default filter: first page by time (sorted and cut, then the 25 rows joined to their orders)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.at DESC, s.side DESC, s.id DESC LIMIT 25 OFFSET 0) :joined ORDER BY s.at DESC, s.side DESC, s.id DESC;
\echo '### Failed syncs sorted by account, kind, state, attempts, next attempt (ascending); by account for one account'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.account_code ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0) :joined ORDER BY s.account_code ASC, s.side ASC, s.id ASC;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.type ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0) :joined ORDER BY s.type ASC, s.side ASC, s.id ASC;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.status ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0) :joined ORDER BY s.status ASC, s.side ASC, s.id ASC;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.attempts ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0) :joined ORDER BY s.attempts ASC, s.side ASC, s.id ASC;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows ORDER BY s.next_attempt_at ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0) :joined ORDER BY s.next_attempt_at ASC, s.side ASC, s.id ASC;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :join (:rows AND s.account_code = :'account' ORDER BY s.at DESC, s.side DESC, s.id DESC LIMIT 25 OFFSET 0) :joined ORDER BY s.at DESC, s.side DESC, s.id DESC;
\echo '### Failed syncs sorted by sale order number, and any text filter: every row joined first (FailedSyncs.UNION)'
\set union 'SELECT * FROM ( SELECT ''INBOX'' AS side, e.id, e.updated_at AS at, e.account_code, e.document_number AS doc_number, e.event_type AS type, CASE WHEN e.status = ''RECEIVED'' THEN ''WAITING'' ELSE e.status END AS status, e.attempts, e.last_http_status, COALESCE(e.last_error, CASE e.waiting_for WHEN ''DEAR_BUDGET'' THEN ''w1'' WHEN ''EARLIER_EVENT'' THEN ''w2'' END) AS last_error, e.next_attempt_at, o.id AS order_id FROM inbox_event e LEFT JOIN warehouse_order o ON o.account_code = e.account_code AND e.document_kind = ''SALE'' AND o.sale_id = e.document_id WHERE e.status IN (''FAILED'', ''RETRY'') OR (e.status = ''RECEIVED'' AND e.waiting_for IS NOT NULL) UNION ALL SELECT ''OUTBOX'', c.id, c.updated_at, c.account_code, COALESCE(o.sale_order_number, r.order_number), c.command_type, CASE WHEN c.status = ''PENDING'' THEN ''WAITING'' ELSE c.status END, c.attempts, c.last_http_status, COALESCE(c.last_error, CASE c.waiting_for WHEN ''DEAR_BUDGET'' THEN ''w1'' WHEN ''EARLIER_EVENT'' THEN ''w2'' END), c.next_attempt_at, o.id FROM outbox_command c LEFT JOIN warehouse_order o ON o.id = CASE WHEN c.ordering_key LIKE ''order:%'' THEN CAST(SUBSTRING(c.ordering_key, 7) AS BIGINT) END LEFT JOIN receipt r ON r.id = CASE WHEN c.ordering_key LIKE ''receipt:%'' THEN CAST(SUBSTRING(c.ordering_key, 9) AS BIGINT) END WHERE c.status IN (''FAILED'', ''HELD'', ''RETRY'') OR (c.status = ''PENDING'' AND c.waiting_for IS NOT NULL)) s WHERE s.status IN (''FAILED'', ''HELD'')'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) :union ORDER BY s.doc_number ASC, s.side ASC, s.id ASC LIMIT 25 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT COUNT(*) FROM (:union AND (LOWER(s.doc_number) LIKE '%so-0001%' OR LOWER(s.last_error) LIKE '%so-0001%' OR LOWER(s.type) LIKE '%so-0001%')) n;
\echo '### Failed syncs: the accounts for the filter'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT DISTINCT s.account_code FROM (SELECT * FROM ( SELECT e.account_code FROM inbox_event e WHERE e.status IN ('FAILED', 'RETRY') OR (e.status = 'RECEIVED' AND e.waiting_for IS NOT NULL) UNION ALL SELECT c.account_code FROM outbox_command c WHERE c.status IN ('FAILED', 'HELD', 'RETRY') OR (c.status = 'PENDING' AND c.waiting_for IS NOT NULL)) s) s ORDER BY s.account_code;
\echo '### Dashboard: counts per state, attempts of the last day'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT e.status, count(e.id) FROM inbox_event e GROUP BY e.status;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT c.status, count(c.id) FROM outbox_command c GROUP BY c.status;
\echo '### Dashboard after issue 27: the states estimated at 100,000 or more left out, the others counted from the index alone'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT e.status, count(e.status) FROM inbox_event e WHERE e.status IN ('RECEIVED', 'PROCESSING', 'RETRY', 'FAILED', 'DISMISSED', 'SKIPPED') GROUP BY e.status;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT c.status, count(c.status) FROM outbox_command c WHERE c.status IN ('PENDING', 'SENDING', 'RETRY', 'FAILED', 'HELD', 'DISMISSED') GROUP BY c.status;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.finished_at, a.outcome FROM sync_attempt a WHERE a.finished_at >= date_trunc('hour', now()) - interval '23 hours';
\echo '### Retention: one inbox batch (DONE or IGNORED older than 30 days, oldest first): before V28 (one IN list), after (a range per status, merged)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT id FROM inbox_event WHERE status IN ('DONE', 'IGNORED') AND updated_at < now() - interval '30 days' ORDER BY updated_at FETCH FIRST 500 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT id FROM ((SELECT id, updated_at FROM inbox_event WHERE status = 'DONE' AND updated_at < now() - interval '30 days' ORDER BY updated_at FETCH FIRST 500 ROWS ONLY) UNION ALL (SELECT id, updated_at FROM inbox_event WHERE status = 'IGNORED' AND updated_at < now() - interval '30 days' ORDER BY updated_at FETCH FIRST 500 ROWS ONLY)) e ORDER BY updated_at FETCH FIRST 500 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT id FROM outbox_command WHERE status = 'SENT' AND updated_at < now() - interval '30 days' ORDER BY updated_at FETCH FIRST 500 ROWS ONLY;
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT id FROM sync_attempt WHERE finished_at < now() - interval '30 days' ORDER BY finished_at FETCH FIRST 500 ROWS ONLY;
