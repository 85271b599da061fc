package io.dearbridge.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleChangesTest {

    private static final Instant T = Instant.parse("2026-11-28T10:00:00.123Z");

    private static ListedSale row(String id, String status, String orderStatus, Instant updated) {
        return new ListedSale(id, "SO-" + id, status, orderStatus, updated);
    }

    private static KnownSale order(String id, String dearStatus, Instant modified) {
        return new KnownSale(id, modified, dearStatus, false, modified);
    }

    @Test
    void anAuthorisedSaleTheBridgeNeverHeardOfIsQueued() {
        assertTrue(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T), null));
        assertTrue(SaleChanges.changed(row("a", "BACKORDERED", "AUTH_NO_ALLOC", T), null));
    }

    @Test
    void draftsQuotesAndSalesVoidedBeforeTheBridgeHadThemAreNot() {
        assertFalse(SaleChanges.changed(row("a", "ORDERING", "DRAFT", T), null));
        assertFalse(SaleChanges.changed(row("a", "ESTIMATED", "NOT AVAILABLE", T), null));
        assertFalse(SaleChanges.changed(row("a", "VOIDED", "VOIDED", T), null));
    }

    @Test
    void anOrderIsQueuedWhenDearChangedItAfterItsLastSnapshotOrItsStatusDiffers() {
        assertFalse(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T), order("a", "ORDERED", T)));
        assertTrue(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T.plusMillis(1)), order("a", "ORDERED", T)));
        // a void whose webhook never came: same Updated is impossible in DEAR, but the status alone tells it
        assertTrue(SaleChanges.changed(row("a", "VOIDED", "VOIDED", T), order("a", "ORDERED", T)));
        assertFalse(SaleChanges.changed(row("a", "ordered", "AUTHORISED", T), order("a", "ORDERED", T)));
    }

    @Test
    void comparedToTheMillisecondBecauseDearSendsSevenDigitsAndPostgresKeepsSix() {
        Instant dear = Instant.parse("2026-11-28T10:00:00.1234567Z");
        Instant stored = Instant.parse("2026-11-28T10:00:00.123456Z");
        assertFalse(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", dear), order("a", "ORDERED", stored)));
    }

    @Test
    void neverWhileAnEventForTheSaleStillWaits() {
        KnownSale waiting = new KnownSale("a", T.minusSeconds(60), "ORDERED", true, null);
        assertFalse(SaleChanges.changed(row("a", "VOIDED", "VOIDED", T), waiting));
        assertFalse(SaleChanges.changed(row("b", "ORDERED", "AUTHORISED", T), new KnownSale("b", null, null, true, null)));
    }

    @Test
    void aSaleSettledWithoutAnOrderIsQueuedAgainOnlyWhenDearChangedItSince() {
        KnownSale skipped = new KnownSale("a", null, null, false, T);
        assertFalse(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T), skipped));
        assertFalse(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T.minusSeconds(5)), skipped));
        assertTrue(SaleChanges.changed(row("a", "ORDERED", "AUTHORISED", T.plusSeconds(5)), skipped));
    }

    @Test
    void aSaleListedTwiceIsQueuedOnceAtItsNewestRow() {
        List<ListedSale> queued = SaleChanges.toQueue(List.of(
                row("a", "ORDERED", "AUTHORISED", T),
                row("b", "ORDERED", "AUTHORISED", T),
                row("a", "PICKED", "AUTHORISED", T.plusSeconds(1))), Map.of("b", order("b", "ORDERED", T)));
        assertEquals(1, queued.size());
        assertEquals("PICKED", queued.get(0).status());
    }

    @Test
    void theWatermarkCandidateIsTheNewestUpdatedSeen() {
        assertEquals(T.plusSeconds(9), SaleChanges.newest(List.of(row("a", "x", "y", T),
                row("b", "x", "y", T.plusSeconds(9)), row("c", "x", "y", null))).orElseThrow());
        assertTrue(SaleChanges.newest(List.of()).isEmpty());
    }

    private static ListedSale listed(String id, Instant orderDate, String status, String shipping) {
        return new ListedSale(id, "SO-" + id, status, "AUTHORISED", T, orderDate, shipping, "NOT FULFILLED");
    }

    @Test
    void anUnknownSaleDatedBeforeTheHorizonIsHistoryNotWork() {
        Instant horizon = T.minus(java.time.Duration.ofDays(7));
        var sorted = SaleChanges.sort(List.of(listed("old", T.minus(java.time.Duration.ofDays(400)), "ORDERED",
                "NOT SHIPPED"), listed("new", T.minus(java.time.Duration.ofDays(1)), "ORDERED", "NOT SHIPPED"),
                listed("edge", horizon.truncatedTo(java.time.temporal.ChronoUnit.DAYS), "ORDERED", "NOT SHIPPED")),
                Map.of(), horizon);
        assertEquals(List.of("new", "edge"), sorted.queue().stream().map(ListedSale::saleId).toList());
        assertEquals(List.of("old"), sorted.history().stream().map(ListedSale::saleId).toList());
    }

    @Test
    void anUnknownSaleDearAlreadyShippedOrClosedIsHistoryEvenWhenRecent() {
        var sorted = SaleChanges.sort(List.of(listed("shipped", T, "ORDERED", "SHIPPED"),
                listed("closed", T, "CLOSED", "NOT SHIPPED"), listed("partly", T, "ORDERED", "PARTIALLY SHIPPED")),
                Map.of(), T.minus(java.time.Duration.ofDays(7)));
        assertEquals(List.of("partly"), sorted.queue().stream().map(ListedSale::saleId).toList());
        assertEquals(2, sorted.history().size());
    }

    @Test
    void historyIsNeverQueuedNorRecordedAgainButAKnownOrderStillFollowsDear() {
        Instant horizon = T.minus(java.time.Duration.ofDays(7));
        ListedSale old = listed("old", T.minus(java.time.Duration.ofDays(400)), "ORDERED", "NOT SHIPPED");
        ListedSale imported = listed("imported", T.minus(java.time.Duration.ofDays(400)), "SHIPPED", "SHIPPED");
        var sorted = SaleChanges.sort(List.of(old, imported), Map.of(
                "old", new KnownSale("old", null, null, false, null, true),
                "imported", order("imported", "ORDERED", T.minusSeconds(60))), horizon);
        assertEquals(List.of("imported"), sorted.queue().stream().map(ListedSale::saleId).toList());
        assertTrue(sorted.history().isEmpty());
    }

    @Test
    void historyThatAWebhookLaterImportedIsFollowedAsAnOrder() {
        ListedSale voided = new ListedSale("h", "SO-h", "VOIDED", "VOIDED", T, T.minus(java.time.Duration.ofDays(400)),
                "NOT SHIPPED", "NOT FULFILLED");
        var sorted = SaleChanges.sort(List.of(voided), Map.of("h", new KnownSale("h", T.minusSeconds(60), "ORDERED",
                false, T.minusSeconds(60), true)), T.minus(java.time.Duration.ofDays(7)));
        assertEquals(List.of("h"), sorted.queue().stream().map(ListedSale::saleId).toList());
    }
}
