package io.dearbridge.domain.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.receiving.PurchaseSnapshot.OrderedLine;
import io.dearbridge.domain.receiving.PurchaseSnapshot.StockLine;
import io.dearbridge.domain.receiving.PurchaseSnapshot.StockTask;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");
    private static final String PO = "9a0e0000-0000-0000-0000-000000000001";

    static PurchaseSnapshot purchase(PurchaseType type, String status, String orderStatus, String updated,
                                     List<StockTask> tasks) {
        return new PurchaseSnapshot(PO, type, Approach.STOCK, "PO-00042", "Acme", "sup-1", null, "Main Warehouse",
                status, orderStatus, "NOT AVAILABLE", "NOT RECEIVED", updated, T0, null, false, null,
                List.of(new OrderedLine("p-tent", "TENT", "Tent", new BigDecimal("10")),
                        new OrderedLine("p-bread", "BREAD", "Bread", new BigDecimal("2")),
                        new OrderedLine("p-bread", "BREAD", "Bread", new BigDecimal("3"))),
                tasks);
    }

    static PurchaseSnapshot ordered() {
        return purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-06T10:00:00", List.of());
    }

    static StockTask task(String id, DearTaskKind kind, String status, String sku, String qty) {
        return new StockTask(id, kind, status, List.of(new StockLine("card-" + id + kind, "p-" + sku.toLowerCase(),
                sku, sku, new BigDecimal(qty), "Main Warehouse", null, null, null, null)));
    }

    static ReceiptArrivalLine arrived(String sku, String qty) {
        return new ReceiptArrivalLine("p-" + sku.toLowerCase(), sku, sku, new BigDecimal(qty), "A-01",
                "Main Warehouse", null, null, null);
    }

    @Test
    void anAuthorisedOrderIsExpectedWithItsLinesSummedByProduct() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        assertEquals(ReceiptStatus.EXPECTED, r.status());
        assertEquals(2, r.lines().size());
        assertEquals(0, new BigDecimal("5").compareTo(r.lines().get(1).quantity()));
        assertEquals(0, new BigDecimal("10").compareTo(r.progress().get(0).remaining()));
    }

    @Test
    void dropShipAndServiceOnlyPurchasesNeverBecomeReceipts() {
        PurchaseSnapshot p = ordered();
        PurchaseSnapshot dropShip = new PurchaseSnapshot(p.id(), p.type(), p.approach(), p.orderNumber(),
                p.supplier(), p.supplierId(), null, p.location(), p.status(), p.orderStatus(), p.invoiceStatus(),
                p.combinedReceivingStatus(), p.lastUpdatedRaw(), T0, "sale-task-1", false, null, p.lines(), List.of());
        PurchaseSnapshot service = new PurchaseSnapshot(p.id(), p.type(), p.approach(), p.orderNumber(),
                p.supplier(), p.supplierId(), null, p.location(), p.status(), p.orderStatus(), p.invoiceStatus(),
                p.combinedReceivingStatus(), p.lastUpdatedRaw(), T0, null, true, null, p.lines(), List.of());
        assertEquals(ReceivingScope.Verdict.DROP_SHIP, ReceivingScope.judge(dropShip, true));
        assertEquals(ReceivingScope.Verdict.SERVICE_ONLY, ReceivingScope.judge(service, true));
        assertTrue(ReceivingScope.judge(dropShip, true).never());
        assertThrows(IllegalArgumentException.class, () -> Receipt.expect("acme", dropShip, T0));
        assertThrows(IllegalArgumentException.class, () -> Receipt.expect("acme", service, T0));
        assertEquals(ReceivingScope.Verdict.OTHER_LOCATION, ReceivingScope.judge(p, false));
        assertEquals(ReceivingScope.Verdict.RECEIVE, ReceivingScope.judge(p, true));
    }

    @Test
    void arrivalsMakeItPartlyThenFullyReceived() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        r.addArrival("ref-1", List.of(arrived("TENT", "4")), "wh", T0);
        assertEquals(ReceiptStatus.PARTLY_RECEIVED, r.status());
        assertEquals(0, new BigDecimal("6").compareTo(r.progress().get(0).remaining()));
        r.addArrival("ref-2", List.of(arrived("TENT", "7"), arrived("BREAD", "5")), "wh", T0);
        assertEquals(ReceiptStatus.RECEIVED, r.status());
        LineProgress tent = r.progress().get(0);
        assertEquals(0, new BigDecimal("11").compareTo(tent.received()));
        assertEquals(0, tent.remaining().signum(), "over-receipt never makes remaining negative");
        assertThrows(IllegalStateException.class, () -> r.addArrival("ref-3", List.of(arrived("TENT", "1")), "wh", T0));
    }

    @Test
    void anArrivalWaitingForTheInvoiceShowsOnTheReceipt() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        ReceiptArrival a = r.addArrival("ref-1", List.of(arrived("TENT", "4")), "wh", T0);
        a.moveTo(ReceiptArrivalStatus.WAITING_INVOICE, "no authorised invoice", T0);
        assertTrue(r.settle(T0));
        assertEquals(ReceiptStatus.WAITING_INVOICE, r.status());
        a.moveTo(ReceiptArrivalStatus.SENT, null, T0);
        r.settle(T0);
        assertEquals(ReceiptStatus.PARTLY_RECEIVED, r.status());
    }

    @Test
    void voidCancelsForGoodAndUndoCancelsUntilReauthorised() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        assertTrue(r.apply(purchase(PurchaseType.SIMPLE, "DRAFT", "DRAFT", "2026-12-06T11:00:00", List.of()), T0));
        assertEquals(ReceiptStatus.CANCELLED, r.status());
        assertEquals(Receipt.UNDONE, r.statusReason());
        assertEquals(2, r.lines().size(), "an undone order keeps what was expected");
        r.apply(purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-06T12:00:00", List.of()), T0);
        assertEquals(ReceiptStatus.EXPECTED, r.status(), "re-authorised: re-opened");
        r.apply(purchase(PurchaseType.SIMPLE, "VOIDED", "AUTHORISED", "2026-12-06T13:00:00", List.of()), T0);
        assertEquals(ReceiptStatus.CANCELLED, r.status());
        assertEquals(Receipt.VOIDED, r.statusReason());
    }

    @Test
    void aReadThatOnlyRestampsLastUpdatedChangesNothing() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        assertFalse(r.apply(purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-07T09:00:00",
                List.of()), T0.plusSeconds(60)));
        assertEquals("2026-12-07T09:00:00", r.dearUpdatedRaw());
        assertEquals(T0, r.updatedAt());
    }

    @Test
    void anOlderReadIsStale() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        PurchaseSnapshot voidedLater = new PurchaseSnapshot(PO, PurchaseType.SIMPLE, Approach.STOCK, "PO-00042", "Acme",
                "sup-1", null, "Main Warehouse", "VOIDED", "AUTHORISED", "", "", "2026-12-06T12:00:00",
                T0.plusSeconds(7200), null, false, null, ordered().lines(), List.of());
        r.apply(voidedLater, T0);
        assertEquals(ReceiptStatus.CANCELLED, r.status());
        assertFalse(r.apply(ordered(), T0), "the read from before the void lost a race");
        assertEquals(ReceiptStatus.CANCELLED, r.status());
    }

    @Test
    void stockADearUserEnteredCountsOnceAndShowsAsTheirs() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        // Advanced: the same task's receiving and put-away faces mirror each other; counted once.
        r.apply(purchase(PurchaseType.ADVANCED, "RECEIVING", "AUTHORISED", "2026-12-06T11:00:00", List.of(
                task("t1", DearTaskKind.STOCK_RECEIVED, "AUTHORISED", "TENT", "4"),
                task("t1", DearTaskKind.PUT_AWAY, "AUTHORISED", "TENT", "4"),
                task("t2", DearTaskKind.STOCK_RECEIVED, "DRAFT", "TENT", "6"))), T0);
        assertEquals(ReceiptStatus.PARTLY_RECEIVED, r.status());
        assertEquals(0, new BigDecimal("4").compareTo(r.progress().get(0).received()));
        assertEquals(3, r.enteredInDear().size());
    }

    @Test
    void theBridgesOwnStockInDearIsItsArrivalNotASecondReceipt() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        ReceiptArrival a = r.addArrival("ref-1", List.of(arrived("TENT", "4")), "wh", T0);
        a.sentTo(PO, T0);
        a.moveTo(ReceiptArrivalStatus.IN_DEAR, null, T0);
        r.apply(purchase(PurchaseType.SIMPLE, "RECEIVING", "AUTHORISED", "2026-12-06T11:00:00", List.of(
                task(PO, DearTaskKind.STOCK_RECEIVED, "DRAFT", "TENT", "4"))), T0);
        assertEquals(0, new BigDecimal("4").compareTo(r.progress().get(0).received()));
        assertEquals(EnteredBy.BRIDGE, r.dearTasks().get(0).enteredBy());
        assertTrue(r.enteredInDear().isEmpty());
    }

    @Test
    void aShortSimpleReceiptAuthorisedInDearIsClosed() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        r.apply(purchase(PurchaseType.SIMPLE, "RECEIVED", "AUTHORISED", "2026-12-06T11:00:00", List.of(
                task(PO, DearTaskKind.STOCK_RECEIVED, "AUTHORISED", "TENT", "4"))), T0);
        assertEquals(ReceiptStatus.CLOSED, r.status());
        assertFalse(r.status().open());
    }

    @Test
    void aLaterReadOfTheSameDearTaskUpdatesItsRowInsteadOfAddingAnother() {
        Receipt r = Receipt.expect("acme", ordered(), T0);
        r.apply(purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-06T10:05:00",
                List.of(task("t-1", DearTaskKind.STOCK_RECEIVED, "DRAFT", "TENT", "4"))), T0.plusSeconds(300));
        DearStockTask first = r.dearTasks().get(0);
        r.apply(purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-06T10:06:00",
                List.of(task("t-1", DearTaskKind.STOCK_RECEIVED, "AUTHORISED", "TENT", "4"),
                        task("t-2", DearTaskKind.STOCK_RECEIVED, "DRAFT", "BREAD", "1"))), T0.plusSeconds(360));
        assertEquals(2, r.dearTasks().size());
        // The same row (the unique (receipt, kind, task) holds at flush), now showing DEAR's new status.
        assertSame(first, r.dearTasks().get(0));
        assertEquals("AUTHORISED", r.dearTasks().get(0).status());
        r.apply(purchase(PurchaseType.SIMPLE, "ORDERED", "AUTHORISED", "2026-12-06T10:07:00",
                List.of(task("t-2", DearTaskKind.STOCK_RECEIVED, "DRAFT", "BREAD", "1"))), T0.plusSeconds(420));
        assertEquals(List.of("t-2"), r.dearTasks().stream().map(DearStockTask::taskId).toList());
    }
}
