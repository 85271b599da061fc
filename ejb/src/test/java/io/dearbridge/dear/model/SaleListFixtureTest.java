package io.dearbridge.dear.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** fixtures/sale-list-page.json. */
class SaleListFixtureTest {

    private final SaleListPage page = Fixtures.read("sale-list-page.json", SaleListPage.class);

    @Test
    void pageHeader() {
        assertEquals(2, page.total());
        assertEquals(1, page.page());
        assertEquals(2, page.saleList().size());
    }

    @Test
    void rowFields() {
        SaleSummary row = page.saleList().get(0);
        assertEquals("3f2a9c1e-7b4d-4e8a-9f21-6c0d5a7e1b42", row.saleId());
        assertEquals("SO-01482", row.orderNumber());
        assertEquals("ORDERED", row.status());
        assertEquals(Instant.parse("2025-03-10T00:00:00Z"), row.orderDate());
        assertEquals("Northwind Outdoor Ltd", row.customer());
        assertEquals("b8e6d1a4-2c3f-4b7e-8d90-1f5a6c7e8d21", row.customerId());
        assertEquals("PO-77812", row.customerReference());
        assertNull(row.invoiceNumber());
        assertNull(row.invoiceDate());
        assertEquals(0, BigDecimal.ZERO.compareTo(row.invoiceAmount()));
        assertEquals(Instant.parse("2025-03-14T00:00:00Z"), row.shipBy());
        assertEquals(Instant.parse("2025-03-10T23:41:07.513Z"), row.updated());
        assertEquals("AUTHORISED", row.orderStatus());
        assertEquals("NOT PICKED", row.combinedPickingStatus());
        assertEquals("NOT PACKED", row.combinedPackingStatus());
        assertEquals("NOT SHIPPED", row.combinedShippingStatus());
        assertEquals("NOT FULFILLED", row.fulfilmentStatus());
        assertEquals("NOT AVAILABLE", row.creditNoteStatus());
        assertEquals("UNPAID", row.combinedPaymentStatus());
        assertEquals("Simple Sale", row.type());
        assertEquals("19aeca31-bd49-4fbe-8abd-37a6169cc2cb", row.orderLocationId());

        SaleSummary packed = page.saleList().get(1);
        assertEquals("PACKED", packed.status());
        assertEquals("PICKED", packed.combinedPickingStatus());
        assertEquals(Instant.parse("2025-03-10T21:05:44.020Z"), packed.updated());
    }

    @Test
    void numbersSentAsStringsAndEmptyStringsAreTolerated() throws Exception {
        SaleListPage odd = DearJson.mapper().readValue(
                "{\"Total\":\"1001\",\"Page\":\"3\",\"SaleList\":[{\"SaleID\":\"x\",\"InvoiceAmount\":\"12.50\",\"PaidAmount\":\"\"}]}",
                SaleListPage.class);
        assertEquals(1001, odd.total());
        assertEquals(3, odd.page());
        assertEquals(new BigDecimal("12.50"), odd.saleList().get(0).invoiceAmount());
        assertNull(odd.saleList().get(0).paidAmount());
    }
}
