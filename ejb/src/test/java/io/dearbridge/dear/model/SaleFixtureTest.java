package io.dearbridge.dear.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** fixtures/sale.json: a simple sale, order authorised, not yet picked. */
class SaleFixtureTest {

    private final Sale sale = Fixtures.read("sale.json", Sale.class);

    @Test
    void header() {
        assertEquals("3f2a9c1e-7b4d-4e8a-9f21-6c0d5a7e1b42", sale.id());
        assertEquals("Northwind Outdoor Ltd", sale.customer());
        assertEquals("b8e6d1a4-2c3f-4b7e-8d90-1f5a6c7e8d21", sale.customerId());
        assertEquals("Priya Nair", sale.contact());
        assertEquals("+61 3 9012 3456", sale.phone());
        assertEquals("orders@northwind-outdoor.example", sale.email());
        assertEquals("Deliver to loading dock B, 7am-3pm", sale.shippingNotes());
        assertEquals("AUD", sale.baseCurrency());
        assertEquals("Main Warehouse", sale.location());
        assertEquals("PO-77812", sale.customerReference());
        assertEquals("StarTrack", sale.carrier());
        assertEquals("Simple Sale", sale.type());
        assertNull(sale.externalId());
        assertFalse(sale.serviceOnly());
        assertEquals(0, BigDecimal.ZERO.compareTo(sale.cogsAmount()));
        assertEquals(0, BigDecimal.ONE.compareTo(sale.currencyRate()));
    }

    @Test
    void datesAreUtcInstants() {
        assertEquals(Instant.parse("2025-03-14T00:00:00Z"), sale.shipBy());
        assertEquals(Instant.parse("2025-03-10T00:00:00Z"), sale.saleOrderDate());
        assertEquals(Instant.parse("2025-03-10T23:41:07.513Z"), sale.lastModifiedOn());
    }

    @Test
    void statusesIncludingTheOddSpellings() {
        assertEquals("ORDERED", sale.status());
        assertEquals("NOT PICKED", sale.combinedPickingStatus());
        assertEquals("NOT PACKED", sale.combinedPackingStatus());
        assertEquals("NOT SHIPPED", sale.combinedShippingStatus());
        assertEquals("NOT FULFILLED", sale.fulfilmentStatus());
        assertEquals("NOT INVOICED", sale.combinedInvoiceStatus());
        assertEquals("UNPAID", sale.combinedPaymentStatus());
        assertEquals("", sale.combinedTrackingNumbers());
    }

    @Test
    void addresses() {
        Address billing = sale.billingAddress();
        assertEquals("Level 2", billing.line1());
        assertEquals("100 Collins Street", billing.line2());
        assertEquals("Melbourne", billing.city());
        assertEquals("VIC", billing.state());
        assertEquals("3000", billing.postcode());
        assertEquals("Australia", billing.country());
        assertEquals("Level 2, 100 Collins Street", billing.displayAddressLine1());
        assertNull(billing.company());

        Address shipping = sale.shippingAddress();
        assertEquals("Unit 4", shipping.line1());
        assertEquals("18 Harbour Road", shipping.line2());
        assertEquals("Port Melbourne", shipping.city());
        assertEquals("3207", shipping.postcode());
        assertEquals("Northwind Outdoor Ltd", shipping.company());
        assertEquals("Priya Nair", shipping.contact());
        assertFalse(shipping.shipToOther());
        assertEquals("Port Melbourne VIC 3207 Australia", shipping.displayAddressLine2());
    }

    @Test
    void orderAndLines() {
        SaleOrder order = sale.order();
        assertEquals("SO-01482", order.saleOrderNumber());
        assertEquals("SO-01482", sale.orderNumber());
        assertEquals("AUTHORISED", order.status());
        assertEquals(2, order.lines().size());
        OrderLine tent = order.lines().get(0);
        assertEquals("e1d2c3b4-a5f6-4789-8abc-def012345678", tent.productId());
        assertEquals("TENT-2P-GRN", tent.sku());
        assertEquals("Trailhead 2P Tent - Green", tent.name());
        assertEquals(new BigDecimal("2"), tent.quantity());
        assertEquals(new BigDecimal("249.0"), tent.price());
        assertEquals(new BigDecimal("498.0"), tent.total());
        assertEquals(0, BigDecimal.ZERO.compareTo(tent.backorderQuantity()));
        assertFalse(tent.backorder());
        assertFalse(tent.dropShip());
        OrderLine stove = order.lines().get(1);
        assertEquals("STOVE-GAS-01", stove.sku());
        assertEquals(new BigDecimal("3"), stove.quantity());
        assertEquals(new BigDecimal("59.95"), stove.price());
        assertEquals(new BigDecimal("32.9725"), stove.averageCost());
        assertEquals(1, order.additionalCharges().size());
        assertEquals("Freight - Standard", order.additionalCharges().get(0).description());
        assertEquals(new BigDecimal("762.14"), order.total());
        assertEquals(new BigDecimal("692.85"), order.totalBeforeTax());

        assertNull(sale.quote().saleOrderNumber());
        assertEquals("AUTHORISED", sale.quote().status());
    }

    @Test
    void fulfilmentWithItsStages() {
        assertEquals(1, sale.fulfilments().size());
        Fulfilment fulfilment = sale.fulfilments().get(0);
        assertEquals("8c4e2b7a-1d3f-4a6b-9e05-2f7c8d9a0b13", fulfilment.taskId());
        assertEquals(1, fulfilment.fulfillmentNumber());
        assertNull(fulfilment.linkedInvoiceNumber());
        assertEquals("NOT FULFILLED", fulfilment.fulfilmentStatus());
        assertEquals("NOT AVAILABLE", fulfilment.pick().status());
        assertTrue(fulfilment.pick().lines().isEmpty());
        assertEquals("NOT AVAILABLE", fulfilment.pack().status());
        assertEquals("NOT AVAILABLE", fulfilment.ship().status());
        assertNull(fulfilment.ship().requireBy());
        assertEquals("Port Melbourne", fulfilment.ship().shippingAddress().city());
        assertEquals("Deliver to loading dock B, 7am-3pm", fulfilment.ship().shippingNotes());
        assertTrue(fulfilment.ship().lines().isEmpty());
    }

    @Test
    void emptyCollections() {
        assertTrue(sale.invoices().isEmpty());
        assertTrue(sale.creditNotes().isEmpty());
    }

    @Test
    void aShippedFulfilmentReadsBoxesAndTracking() throws Exception {
        String json = """
                {"ID":"s1","Fulfilments":[{"TaskID":"t1","FulfillmentNumber":"1","FulFilmentStatus":"FULFILLED",
                 "Pick":{"Status":"AUTHORISED","Lines":[{"ProductID":"p","SKU":"A","Location":"Main Warehouse: A-03-02",
                   "Quantity":"2.5","BatchSN":"LOT-1","ExpiryDate":"2027-11-30T00:00:00"}]},
                 "Pack":{"Status":"AUTHORISED","Lines":[{"SKU":"A","Quantity":2.5,"Box":"CTN-1"}]},
                 "Ship":{"Status":"AUTHORISED","Lines":[{"ID":"l1","ShipmentDate":"2025-03-11T00:00:00","Carrier":"StarTrack",
                   "Boxes":"CTN-1","TrackingNumber":"AB1","TrackingURL":"https://t/AB1","IsShipped":"true"}]}}],
                 "CreditNotes":[{"TaskID":"c1","CreditNoteNumber":"CR-1","Status":"AUTHORISED",
                   "Restock":[{"SKU":"A","Quantity":1,"RestockLocation":"Main Warehouse: RETURNS"}]}]}
                """;
        Sale shipped = DearJson.mapper().readValue(json, Sale.class);
        Fulfilment f = shipped.fulfilments().get(0);
        assertEquals(1, f.fulfillmentNumber());
        StockLine picked = f.pick().lines().get(0);
        assertEquals(new BigDecimal("2.5"), picked.quantity());
        assertEquals("LOT-1", picked.batchSn());
        assertEquals(Instant.parse("2027-11-30T00:00:00Z"), picked.expiryDate());
        assertEquals("CTN-1", f.pack().lines().get(0).box());
        ShipLine line = f.ship().lines().get(0);
        assertEquals("l1", line.id());
        assertEquals("CTN-1", line.boxName());
        assertEquals("CTN-1", line.boxes());
        assertEquals("AB1", line.trackingNumber());
        assertEquals("https://t/AB1", line.trackingUrl());
        assertTrue(line.shipped());
        assertEquals(Instant.parse("2025-03-11T00:00:00Z"), line.shipmentDate());
        CreditNote credit = shipped.creditNotes().get(0);
        assertEquals("CR-1", credit.creditNoteNumber());
        assertEquals("Main Warehouse: RETURNS", credit.restock().get(0).restockLocation());
    }
}
