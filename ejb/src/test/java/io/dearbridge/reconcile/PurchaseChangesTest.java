package io.dearbridge.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The content comparison of purchase reconciliation: what DEAR lists again costs a read only when it changed. */
class PurchaseChangesTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    static ListedPurchase row(String id, String status, String orderStatus, String stamp) {
        return new ListedPurchase(id, "PO-" + id, status, orderStatus, "NOT AVAILABLE", "NOT AVAILABLE",
                "NOT RECEIVED", "Simple Purchase", false, false, stamp, Instant.parse(stamp + "Z"));
    }

    static KnownPurchase receipt(String id, String receiptStatus, String dearStatus, String stamp) {
        return new KnownPurchase(id, receiptStatus, dearStatus, stamp, Instant.parse(stamp + "Z"), false, null, null);
    }

    @Test
    void anUnknownAuthorisedOpenPurchaseIsRead() {
        PurchaseChanges.Sorted s = PurchaseChanges.sort(List.of(row("a", "ORDERED", "AUTHORISED",
                "2026-12-06T10:00:00")), Map.of());
        assertEquals(1, s.queue().size());
        assertTrue(s.history().isEmpty());
    }

    @Test
    void draftsAreNeitherReadNorHistory() {
        PurchaseChanges.Sorted s = PurchaseChanges.sort(List.of(row("a", "ORDERING", "DRAFT",
                "2026-12-06T10:00:00")), Map.of());
        assertTrue(s.queue().isEmpty());
        assertTrue(s.history().isEmpty());
    }

    @Test
    void oldFinishedPurchasesAreHistoryOnceAndThenCostNothingWhilePaymentsTouchThem() {
        ListedPurchase completed = row("c", "COMPLETED", "AUTHORISED", "2026-12-06T10:00:00");
        ListedPurchase voided = row("v", "VOIDED", "AUTHORISED", "2026-12-06T10:00:00");
        ListedPurchase dropShip = new ListedPurchase("d", "PO-d", "ORDERED", "AUTHORISED", null, null, null,
                "Simple Purchase", false, true, "2026-12-06T10:00:00", T0);
        ListedPurchase service = new ListedPurchase("s", "PO-s", "ORDERED", "AUTHORISED", null, null, null,
                "Service Purchase", false, false, "2026-12-06T10:00:00", T0);
        PurchaseChanges.Sorted first = PurchaseChanges.sort(List.of(completed, voided, dropShip, service), Map.of());
        assertTrue(first.queue().isEmpty());
        assertEquals(4, first.history().size());

        // A payment re-stamps them: same content, new LastUpdatedDate.
        ListedPurchase touched = row("c", "COMPLETED", "AUTHORISED", "2026-12-07T09:00:00");
        KnownPurchase seen = new KnownPurchase("c", null, null, null, null, false, null, completed.digest());
        PurchaseChanges.Sorted again = PurchaseChanges.sort(List.of(touched), Map.of("c", seen));
        assertTrue(again.queue().isEmpty());
        assertTrue(again.history().isEmpty(), "not even recorded again");

        // Re-opened in DEAR (content changed): read.
        ListedPurchase reopened = row("c", "ORDERED", "AUTHORISED", "2026-12-07T10:00:00");
        assertEquals(1, PurchaseChanges.sort(List.of(reopened), Map.of("c", seen)).queue().size());
    }

    @Test
    void aDoneReceiptIsReadOnlyWhenItsStatusMoved() {
        KnownPurchase received = receipt("r", "RECEIVED", "RECEIVED", "2026-12-06T10:00:00");
        assertTrue(PurchaseChanges.sort(List.of(row("r", "RECEIVED", "AUTHORISED", "2026-12-07T09:00:00")),
                Map.of("r", received)).queue().isEmpty(), "a payment touched it");
        assertEquals(1, PurchaseChanges.sort(List.of(row("r", "VOIDED", "AUTHORISED", "2026-12-07T09:00:00")),
                Map.of("r", received)).queue().size(), "voided");
    }

    @Test
    void anOpenReceiptIsReadWhenItsStampMovedAndNotWhenItDidNot() {
        KnownPurchase open = receipt("o", "EXPECTED", "ORDERED", "2026-12-06T10:00:00.05");
        assertTrue(PurchaseChanges.sort(List.of(row("o", "ORDERED", "AUTHORISED", "2026-12-06T10:00:00.05")),
                Map.of("o", open)).queue().isEmpty(), "listed again in the overlap, unchanged");
        assertEquals(1, PurchaseChanges.sort(List.of(row("o", "ORDERED", "AUTHORISED", "2026-12-06T11:00:00")),
                Map.of("o", open)).queue().size(), "a line edit moves only the stamp");
    }

    @Test
    void nothingIsReadWhileAnEventForItWaits() {
        KnownPurchase waiting = new KnownPurchase("w", null, null, null, null, true, null, null);
        assertTrue(PurchaseChanges.sort(List.of(row("w", "ORDERED", "AUTHORISED", "2026-12-06T10:00:00")),
                Map.of("w", waiting)).queue().isEmpty());
    }

    @Test
    void theCursorBreaksTiesByIdAndTheNewestRowOfAPurchaseStands() {
        List<ListedPurchase> rows = List.of(row("b", "ORDERED", "AUTHORISED", "2026-12-06T10:00:00"),
                row("a", "ORDERED", "AUTHORISED", "2026-12-06T10:00:00"),
                row("a", "RECEIVING", "AUTHORISED", "2026-12-06T09:00:00"));
        assertEquals(new PurchaseChanges.Cursor(Instant.parse("2026-12-06T10:00:00Z"), "b"),
                PurchaseChanges.furthest(rows).orElseThrow());
        assertEquals(2, PurchaseChanges.newestPerPurchase(rows).size());
        assertEquals("ORDERED", PurchaseChanges.newestPerPurchase(rows).stream().filter(r -> r.id().equals("a"))
                .findFirst().orElseThrow().status());
    }
}
