-- Issue 15: what the warehouse needs to see from DEAR, and where the bridge follows DEAR more closely.

-- The order: ship-by date, how to reach the customer, and DEAR's display lines of the address.
ALTER TABLE warehouse_order ADD COLUMN ship_by DATE;
ALTER TABLE warehouse_order ADD COLUMN phone VARCHAR(256);
ALTER TABLE warehouse_order ADD COLUMN email VARCHAR(256);
ALTER TABLE warehouse_order ADD COLUMN ship_display1 VARCHAR(256);
ALTER TABLE warehouse_order ADD COLUMN ship_display2 VARCHAR(256);

-- Lines: DEAR's comment, and drop-ship lines (shown, never picked).
ALTER TABLE order_line ADD COLUMN comment VARCHAR(1024);
ALTER TABLE order_line ADD COLUMN drop_ship BOOLEAN NOT NULL DEFAULT FALSE;

-- Fulfilments: dropped when DEAR voided them or they vanished from the sale; their own ship-to address.
ALTER TABLE fulfilment ADD COLUMN dropped BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE fulfilment ADD COLUMN ship_line1 VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_line2 VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_city VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_state VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_postcode VARCHAR(64);
ALTER TABLE fulfilment ADD COLUMN ship_country VARCHAR(128);
ALTER TABLE fulfilment ADD COLUMN ship_company VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_contact VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_display1 VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN ship_display2 VARCHAR(256);
ALTER TABLE fulfilment ADD COLUMN shipping_notes VARCHAR(2000);

-- Recorded lines: the DEAR place each was sent as, and DEAR's ship line ID of each shipped box.
ALTER TABLE fulfilment_record_line ADD COLUMN dear_location VARCHAR(256);
ALTER TABLE fulfilment_record_line ADD COLUMN dear_location_id VARCHAR(64);
ALTER TABLE fulfilment_record_line ADD COLUMN dear_line_id VARCHAR(64);
