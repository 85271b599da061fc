-- Issue 23: an order DEAR undoes or voids after the warehouse shipped it says so (the API and the console show it),
-- and a fulfilment whose shipment was re-sent to the fulfilment DEAR created on re-authorisation is marked, so a
-- second undo does not send it twice.
ALTER TABLE warehouse_order ADD COLUMN after_shipment VARCHAR(30);
ALTER TABLE warehouse_order ADD COLUMN after_shipment_detail VARCHAR(2000);
ALTER TABLE fulfilment ADD COLUMN carried_over BOOLEAN DEFAULT FALSE NOT NULL;
