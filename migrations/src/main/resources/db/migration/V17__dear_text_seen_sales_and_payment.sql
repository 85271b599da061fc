-- Issue 22: nothing DEAR sends stops an import; old sales DEAR lists again; shipping only once paid.

-- DEAR's free text (notes, comments, line names, address lines, tracking lists) has no length limit that the
-- bridge can rely on: stored whole. The other text columns are cut to fit by the domain, with a visible marker.
ALTER TABLE warehouse_order ALTER COLUMN shipping_notes SET DATA TYPE TEXT;
ALTER TABLE warehouse_order ALTER COLUMN tracking_numbers SET DATA TYPE TEXT;
ALTER TABLE warehouse_order ALTER COLUMN ship_line1 SET DATA TYPE TEXT;
ALTER TABLE warehouse_order ALTER COLUMN ship_line2 SET DATA TYPE TEXT;
ALTER TABLE warehouse_order ALTER COLUMN ship_display1 SET DATA TYPE TEXT;
ALTER TABLE warehouse_order ALTER COLUMN ship_display2 SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN shipping_notes SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN tracking_numbers SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN ship_line1 SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN ship_line2 SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN ship_display1 SET DATA TYPE TEXT;
ALTER TABLE fulfilment ALTER COLUMN ship_display2 SET DATA TYPE TEXT;
ALTER TABLE order_line ALTER COLUMN name SET DATA TYPE TEXT;
ALTER TABLE order_line ALTER COLUMN comment SET DATA TYPE TEXT;

-- Sales reconciliation found in DEAR's list that are history, not warehouse work (made before the horizon, or
-- already shipped, closed or voided): recorded once, so a later listing of them costs no GET and makes no order.
CREATE TABLE seen_sale (
    account_code VARCHAR(64)              NOT NULL REFERENCES account (code),
    sale_id      VARCHAR(64)              NOT NULL,
    reason       VARCHAR(200)             NOT NULL,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_code, sale_id)
);

-- Release on payment: the account's rule as it stood at the last import, DEAR's CombinedPaymentStatus, and when
-- the bridge first saw the sale fully paid (it stays released after that).
ALTER TABLE warehouse_order ADD COLUMN release_on_payment BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE warehouse_order ADD COLUMN payment_status VARCHAR(40);
ALTER TABLE warehouse_order ADD COLUMN paid_at TIMESTAMP WITH TIME ZONE;
