-- Issue 27 (a million orders): what the plans of the order lists need (EXPLAINs in docs/benchmarks.md).
-- The warehouse API and the console list one account's orders, or the orders in one status, newest first; without
-- these PostgreSQL sorted every matching order (10,000 per account, up to 950,000 SHIPPED) for each page.
CREATE INDEX ix_order_account_id ON warehouse_order (account_code, id);
CREATE INDEX ix_order_status_id ON warehouse_order (status, id);
