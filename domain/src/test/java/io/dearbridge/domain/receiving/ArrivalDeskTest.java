package io.dearbridge.domain.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.refusal.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrivalDeskTest {

    private static ArrivalDesk.Receipt receipt(String closed, Map<String, BigDecimal> arrived) {
        return new ArrivalDesk.Receipt(7, "PO-00012", closed, Map.of("TENT-2P", new BigDecimal("10"),
                "STOVE-1", new BigDecimal("4")), arrived);
    }

    private static ArrivalRequest line(String sku, String qty) {
        return new ArrivalRequest(sku, new BigDecimal(qty), "A-03-02", "L1", LocalDate.parse("2027-03-01"));
    }

    @Test
    void aFullArrivalIsTakenWithTheSkuSpeltAsOnTheReceipt() {
        List<ArrivalRequest> lines = new ArrivalDesk(OverReceiptTolerance.NONE)
                .arrival(receipt(null, Map.of()), List.of(line("tent-2p ", "6"), line("TENT-2P", "4"), line("STOVE-1", "4")));
        assertEquals(3, lines.size());
        assertEquals("TENT-2P", lines.get(0).sku());
    }

    @Test
    void moreThanOrderedIsRefusedWithoutATolerance() {
        ArrivalRejected e = assertThrows(ArrivalRejected.class, () -> new ArrivalDesk(OverReceiptTolerance.NONE)
                .arrival(receipt(null, Map.of("TENT-2P", new BigDecimal("8"))), List.of(line("TENT-2P", "3"))));
        assertEquals(Refusal.Reason.INVALID, e.reason());
        assertTrue(e.getMessage().contains("Over-receipt of TENT-2P"), e.getMessage());
        assertTrue(e.getMessage().contains("at most 2 more"), e.getMessage());
    }

    @Test
    void theAccountsToleranceAllowsThatMuchMore() {
        ArrivalDesk desk = new ArrivalDesk(OverReceiptTolerance.parse("10"));
        assertEquals(1, desk.arrival(receipt(null, Map.of()), List.of(line("TENT-2P", "11"))).size());
        assertThrows(ArrivalRejected.class, () -> desk.arrival(receipt(null, Map.of()), List.of(line("TENT-2P", "11.0001"))));
    }

    @Test
    void anUnknownSkuIsRefused() {
        ArrivalRejected e = assertThrows(ArrivalRejected.class, () -> new ArrivalDesk(OverReceiptTolerance.NONE)
                .arrival(receipt(null, Map.of()), List.of(line("TENT-2P", "1"), line("NOPE", "1"))));
        assertEquals(Refusal.Reason.INVALID, e.reason());
        assertTrue(e.getMessage().contains("lines[1]: SKU NOPE is not on receipt 7 (PO-00012)"), e.getMessage());
    }

    @Test
    void aCancelledOrClosedReceiptTakesNothing() {
        ArrivalRejected e = assertThrows(ArrivalRejected.class, () -> new ArrivalDesk(OverReceiptTolerance.NONE)
                .arrival(receipt("CANCELLED", Map.of()), List.of(line("TENT-2P", "1"))));
        assertEquals(Refusal.Reason.CONFLICT, e.reason());
    }

    @Test
    void aLineNeedsALocationAndAPositiveQuantity() {
        ArrivalDesk desk = new ArrivalDesk(OverReceiptTolerance.NONE);
        assertThrows(ArrivalRejected.class, () -> desk.arrival(receipt(null, Map.of()),
                List.of(new ArrivalRequest("TENT-2P", BigDecimal.ONE, " ", null, null))));
        assertThrows(ArrivalRejected.class, () -> desk.arrival(receipt(null, Map.of()), List.of(line("TENT-2P", "0"))));
        assertThrows(ArrivalRejected.class, () -> desk.arrival(receipt(null, Map.of()), List.of()));
    }

    @Test
    void aToleranceIsAPercentageOfZeroOrMore() {
        assertEquals(new BigDecimal("10.5000"), OverReceiptTolerance.parse("5%").limit(BigDecimal.TEN));
        assertEquals(0, OverReceiptTolerance.parse(null).percent().signum());
        assertThrows(IllegalArgumentException.class, () -> OverReceiptTolerance.parse("-1"));
        assertThrows(IllegalArgumentException.class, () -> OverReceiptTolerance.parse("lots"));
    }

    @Test
    void aSupplierReturnTakesNoMoreThanWasReceivedLessEarlierReturns() {
        SupplierReturnDesk desk = new SupplierReturnDesk();
        SupplierReturnDesk.Receipt r = new SupplierReturnDesk.Receipt(7, "PO-00012", null,
                Map.of("TENT-2P", new BigDecimal("10")), Map.of("TENT-2P", new BigDecimal("8")));
        assertEquals("TENT-2P", desk.supplierReturn(r, List.of(new SupplierReturnRequest("tent-2p", new BigDecimal("2"),
                "torn"))).get(0).sku());
        ArrivalRejected more = assertThrows(ArrivalRejected.class, () -> desk.supplierReturn(r,
                List.of(new SupplierReturnRequest("TENT-2P", new BigDecimal("3"), null))));
        assertTrue(more.getMessage().contains("Only 2 of TENT-2P"), more.getMessage());
        ArrivalRejected never = assertThrows(ArrivalRejected.class, () -> desk.supplierReturn(r,
                List.of(new SupplierReturnRequest("STOVE-1", BigDecimal.ONE, null))));
        assertTrue(never.getMessage().contains("was not received"), never.getMessage());
        assertEquals(Refusal.Reason.CONFLICT, assertThrows(ArrivalRejected.class, () -> desk.supplierReturn(
                new SupplierReturnDesk.Receipt(7, null, "CANCELLED", Map.of("TENT-2P", BigDecimal.TEN), Map.of()),
                List.of(new SupplierReturnRequest("TENT-2P", BigDecimal.ONE, null)))).reason());
    }
}
