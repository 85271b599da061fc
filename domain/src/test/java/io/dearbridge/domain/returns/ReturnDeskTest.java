package io.dearbridge.domain.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.WarehouseOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnDeskTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static WarehouseOrder order(String saleStatus, String ship) {
        SaleSnapshot sale = new SaleSnapshot("sale-1", "SO-1", saleStatus, "AUTHORISED", "Simple Sale",
                "Main Warehouse", "Northwind", null, T0, null, null, null, null,
                List.of(new SaleSnapshot.Line("p-1", "TENT-2P-GRN", "Tent", new BigDecimal("2"), BigDecimal.ZERO),
                        new SaleSnapshot.Line("p-2", "STOVE-GAS-01", "Stove", new BigDecimal("3"), BigDecimal.ZERO)),
                List.of(new SaleSnapshot.Fulfilment("task-1", 1, "FULFILLED", "AUTHORISED", "AUTHORISED", ship,
                        List.of())));
        return WarehouseOrder.importSale("demo", sale, "test", T0);
    }

    private static ReturnRequest line(String sku, String qty, ItemCondition condition, String location) {
        return new ReturnRequest(sku, qty == null ? null : new BigDecimal(qty), condition, location);
    }

    private static WarehouseReturn dock(WarehouseOrder order, List<ReceivedLine> lines) {
        return WarehouseReturn.dock("demo", 1, order.saleId(), order.saleOrderNumber(), "WR-1", lines, "w", T0);
    }

    @Test
    void aDockReturnTakesWhatShippedLessWhatCameBackBefore() {
        WarehouseOrder order = order("INVOICING", "AUTHORISED");
        List<ReceivedLine> first = new ReturnDesk(order, List.of())
                .dockReturn(List.of(line("stove-gas-01", "1", ItemCondition.WRITE_OFF, null)));
        assertEquals("STOVE-GAS-01", first.get(0).sku(), "the order's spelling of the SKU");
        WarehouseReturn earlier = dock(order, first);
        ReturnDesk desk = new ReturnDesk(order, List.of(earlier));
        assertEquals(0, new BigDecimal("2").compareTo(desk.returnable().get("STOVE-GAS-01")));
        desk.dockReturn(List.of(line("STOVE-GAS-01", "2", ItemCondition.RESTOCK, "Main Warehouse: RETURNS")));
        ReturnRejected tooMany = assertThrows(ReturnRejected.class, () -> desk.dockReturn(List.of(
                line("STOVE-GAS-01", "1", ItemCondition.WRITE_OFF, null),
                line("STOVE-GAS-01", "2", ItemCondition.WRITE_OFF, null))));
        assertEquals(ReturnRejected.Reason.INVALID, tooMany.reason());
        assertTrue(tooMany.getMessage().contains("Only 2 of STOVE-GAS-01"), tooMany.getMessage());
    }

    @Test
    void badLinesAreRefusedAsInvalid() {
        ReturnDesk desk = new ReturnDesk(order("INVOICING", "AUTHORISED"), List.of());
        for (List<ReturnRequest> bad : List.of(List.<ReturnRequest>of(),
                List.of(line("NOPE", "1", ItemCondition.WRITE_OFF, null)),
                List.of(line("TENT-2P-GRN", "0", ItemCondition.WRITE_OFF, null)),
                List.of(line("TENT-2P-GRN", "-1", ItemCondition.WRITE_OFF, null)),
                List.of(line("TENT-2P-GRN", null, ItemCondition.WRITE_OFF, null)),
                List.of(line("TENT-2P-GRN", "1", null, null)),
                List.of(line("TENT-2P-GRN", "1", ItemCondition.RESTOCK, " ")),
                List.of(line("TENT-2P-GRN", "0.00001", ItemCondition.WRITE_OFF, null)),
                List.of(line(null, "1", ItemCondition.WRITE_OFF, null)))) {
            ReturnRejected e = assertThrows(ReturnRejected.class, () -> desk.dockReturn(bad), bad.toString());
            assertEquals(ReturnRejected.Reason.INVALID, e.reason(), e.getMessage());
        }
    }

    @Test
    void aQuantityTooLargeSaysSoRatherThanBlamingItsDecimals() {
        ReturnDesk desk = new ReturnDesk(order("INVOICING", "AUTHORISED"), List.of());
        ReturnRejected e = assertThrows(ReturnRejected.class,
                () -> desk.dockReturn(List.of(line("TENT-2P-GRN", "1000000000", ItemCondition.WRITE_OFF, null))));
        assertEquals("lines[0].quantity must be less than 1000000000.", e.getMessage());
    }

    @Test
    void anUnshippedOrVoidedOrderIsAConflict() {
        List<ReturnRequest> one = List.of(line("TENT-2P-GRN", "1", ItemCondition.WRITE_OFF, null));
        assertEquals(ReturnRejected.Reason.CONFLICT, assertThrows(ReturnRejected.class,
                () -> new ReturnDesk(order("PACKED", "NOT AVAILABLE"), List.of()).dockReturn(one)).reason());
        assertEquals(ReturnRejected.Reason.CONFLICT, assertThrows(ReturnRejected.class,
                () -> new ReturnDesk(order("VOIDED", "AUTHORISED"), List.of()).dockReturn(one)).reason());
    }

    private static SaleSnapshot.CreditNote note(String status, String restock) {
        return new SaleSnapshot.CreditNote("cn-1", "CR-00301", status, "Return entered in DEAR",
                List.of(new SaleSnapshot.CreditLine("p-2", "STOVE-GAS-01", "Stove", new BigDecimal("2"))),
                restock == null ? List.of() : List.of(new SaleSnapshot.RestockLine("STOVE-GAS-01",
                        new BigDecimal(restock), "Main Warehouse: RETURNS")));
    }

    @Test
    void anExpectedReturnIsCreditedOnReceiptWhenDearsNoteRestocksIt() {
        WarehouseOrder order = order("CREDITED", "AUTHORISED");
        WarehouseReturn expected = WarehouseReturn.expect("demo", 1, "sale-1", "SO-1", note("AUTHORISED", "2"), T0);
        assertEquals(ReturnStatus.EXPECTED, expected.status());
        assertEquals("Main Warehouse: RETURNS", expected.restockLocation());
        ReturnDesk desk = new ReturnDesk(order, List.of(expected));
        assertEquals(0, BigDecimal.ONE.compareTo(desk.returnable().get("STOVE-GAS-01")), "3 shipped, 2 credited");

        assertThrows(ReturnRejected.class, () -> desk.receipt(expected,
                List.of(line("TENT-2P-GRN", "1", ItemCondition.WRITE_OFF, null))), "not on the credit note");
        assertThrows(ReturnRejected.class, () -> desk.receipt(expected,
                List.of(line("STOVE-GAS-01", "3", ItemCondition.WRITE_OFF, null))), "more than credited");
        expected.receive(desk.receipt(expected, List.of(line("STOVE-GAS-01", "2", ItemCondition.RESTOCK, "R-1"))),
                "w", T0);
        assertEquals(ReturnStatus.CREDITED, expected.status());
        assertEquals(Map.of(), expected.restockShortfall());
        assertEquals(ReturnRejected.Reason.CONFLICT, assertThrows(ReturnRejected.class,
                () -> desk.receipt(expected, List.of(line("STOVE-GAS-01", "1", ItemCondition.WRITE_OFF, null))))
                .reason(), "received already");
    }

    @Test
    void aReceiptBeyondDearsRestockWaitsForThePushAndAVoidCancelsOnlyAnExpectedReturn() {
        WarehouseOrder order = order("CREDITED", "AUTHORISED");
        WarehouseReturn expected = WarehouseReturn.expect("demo", 1, "sale-1", "SO-1", note("AUTHORISED", null), T0);
        expected.receive(new ReturnDesk(order, List.of()).receipt(expected,
                List.of(line("STOVE-GAS-01", "2", ItemCondition.RESTOCK, "R-1"))), "w", T0);
        assertEquals(ReturnStatus.RECEIVED, expected.status());
        assertEquals(0, new BigDecimal("2").compareTo(expected.restockShortfall().get("STOVE-GAS-01")));
        assertEquals(false, expected.creditNoteVoided(T0), "received goods are not cancelled");
        assertTrue(expected.credited("cn-1", "CR-00301", "AUTHORISED", T0));
        assertEquals(ReturnStatus.CREDITED, expected.status());

        WarehouseReturn other = WarehouseReturn.expect("demo", 1, "sale-1", "SO-1", note("AUTHORISED", "2"), T0);
        assertTrue(other.creditNoteVoided(T0));
        assertEquals(ReturnStatus.CANCELLED, other.status());
        assertEquals(0, BigDecimal.ZERO.compareTo(other.quantityOf("STOVE-GAS-01")), "cancelled counts for nothing");
    }
}
