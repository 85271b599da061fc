package io.dearbridge.dear.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.dear.model.Fixtures;
import io.dearbridge.dear.model.Sale;
import io.dearbridge.domain.order.SaleSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SaleTranslatorTest {

    @Test
    void theFixtureSaleBecomesASnapshotFieldByField() {
        SaleSnapshot snapshot = SaleTranslator.toSnapshot(Fixtures.read("sale.json", Sale.class));
        assertEquals("3f2a9c1e-7b4d-4e8a-9f21-6c0d5a7e1b42", snapshot.saleId());
        assertEquals("SO-01482", snapshot.saleOrderNumber());
        assertEquals("ORDERED", snapshot.saleStatus());
        assertEquals("AUTHORISED", snapshot.orderStatus());
        assertTrue(snapshot.authorised());
        assertEquals("Simple Sale", snapshot.saleType());
        assertEquals("Main Warehouse", snapshot.location());
        assertEquals("Northwind Outdoor Ltd", snapshot.customer());
        assertEquals(Instant.parse("2025-03-10T23:41:07.513Z"), snapshot.lastModifiedOn());
        assertEquals("Unit 4", snapshot.shippingAddress().line1());
        assertEquals("18 Harbour Road", snapshot.shippingAddress().line2());
        assertEquals("Port Melbourne", snapshot.shippingAddress().city());
        assertEquals("3207", snapshot.shippingAddress().postcode());
        assertEquals("Priya Nair", snapshot.shippingAddress().contact());
        assertEquals(2, snapshot.lines().size());
        assertEquals("TENT-2P-GRN", snapshot.lines().get(0).sku());
        assertEquals(0, new BigDecimal("3").compareTo(snapshot.lines().get(1).quantity()));
        assertEquals(0, BigDecimal.ZERO.compareTo(snapshot.lines().get(1).backorderQuantity()));
        SaleSnapshot.Fulfilment fulfilment = snapshot.fulfilments().get(0);
        assertEquals("8c4e2b7a-1d3f-4a6b-9e05-2f7c8d9a0b13", fulfilment.taskId());
        assertEquals(1, fulfilment.number());
        assertEquals("NOT AVAILABLE", fulfilment.pickStatus());
        assertEquals("NOT AVAILABLE", fulfilment.shipStatus());
        assertTrue(fulfilment.shipments().isEmpty());
    }
}
