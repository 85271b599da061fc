package io.dearbridge.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.domain.inbox.InboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboxBatchTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:30Z");
    private static final Duration WINDOW = Duration.ofSeconds(60);

    private static IncomingEvent event(String account, String type, String saleId, boolean handled) {
        return new IncomingEvent(EventKey.sale(account, type, saleId, null, null),
                "{\"SaleID\":\"" + saleId + "\"}", handled);
    }

    private static void insertAll(InboxBatch batch, long firstId) {
        long id = firstId;
        for (InboxBatch.Group group : batch.toInsert()) {
            group.storedAs(id++);
        }
    }

    @Test
    void distinctEventsEachGetARowAndAreNeverMerged() {
        InboxBatch batch = InboxBatch.of(List.of(
                event("a", "Sale/OrderAuthorised", "s1", true),
                event("a", "Sale/OrderAuthorised", "s2", true),
                event("a", "Sale/Voided", "s1", true),
                event("b", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        assertEquals(4, batch.toInsert().size());
        insertAll(batch, 10);
        assertEquals(Optional.of(10L), batch.firstAccepted());
        assertEquals(List.of(new Receipt(Receipt.Outcome.ACCEPTED, 10), new Receipt(Receipt.Outcome.ACCEPTED, 11),
                new Receipt(Receipt.Outcome.ACCEPTED, 12), new Receipt(Receipt.Outcome.ACCEPTED, 13)), batch.receipts());
    }

    @Test
    void identicalEventsInOneBatchBecomeOneRowCountingEveryDelivery() {
        InboxBatch batch = InboxBatch.of(List.of(
                event("a", "Sale/OrderAuthorised", "s1", true),
                event("a", "Sale/OrderAuthorised", "s2", true),
                event("a", "Sale/OrderAuthorised", "s1", true),
                event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        assertEquals(2, batch.toInsert().size());
        assertEquals(3, batch.toInsert().get(0).deliveries());
        insertAll(batch, 7);
        assertEquals(List.of(new Receipt(Receipt.Outcome.ACCEPTED, 7), new Receipt(Receipt.Outcome.ACCEPTED, 8),
                new Receipt(Receipt.Outcome.DUPLICATE, 7), new Receipt(Receipt.Outcome.DUPLICATE, 7)), batch.receipts());
    }

    @Test
    void aWaitingStoredEventAbsorbsItsRedeliveryHoweverOld() {
        InboxBatch batch = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        String hash = hashOf(batch);
        batch.found("a", hash, new InboxBatch.Stored(3, InboxStatus.RETRY, NOW.minus(Duration.ofHours(5))));
        assertTrue(batch.toInsert().isEmpty());
        assertEquals(1, batch.toCount().get(0).deliveries());
        assertEquals(List.of(new Receipt(Receipt.Outcome.DUPLICATE, 3)), batch.receipts());
        assertTrue(batch.firstAccepted().isEmpty());
    }

    @Test
    void aProcessedEventAbsorbsOnlyWithinTheWindow() {
        InboxBatch recent = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        String hash = hashOf(recent);
        recent.found("a", hash, new InboxBatch.Stored(3, InboxStatus.DONE, NOW.minusSeconds(59)));
        assertEquals(List.of(new Receipt(Receipt.Outcome.DUPLICATE, 3)), recent.receipts());

        InboxBatch later = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        later.found("a", hash, new InboxBatch.Stored(3, InboxStatus.DONE, NOW.minusSeconds(61)));
        assertEquals(1, later.toInsert().size());
        insertAll(later, 4);
        assertEquals(List.of(new Receipt(Receipt.Outcome.ACCEPTED, 4)), later.receipts());
    }

    @Test
    void aProcessedEventFollowedByAnotherEventOfItsSaleIsReopenedByItsCopy() {
        // Authorised, undone, authorised again within the window: the second notice is the first's body again.
        InboxBatch again = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true),
                event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        String hash = hashOf(again);
        again.found("a", hash, new InboxBatch.Stored(3, InboxStatus.DONE, NOW.minusSeconds(5), true));
        assertTrue(again.toInsert().isEmpty(), "the stored row is processed again, not a second row");
        assertTrue(again.toCount().get(0).reopened);
        assertEquals(Optional.of(3L), again.firstAccepted(), "the dispatcher is woken for it");
        assertEquals(List.of(new Receipt(Receipt.Outcome.ACCEPTED, 3), new Receipt(Receipt.Outcome.DUPLICATE, 3)),
                again.receipts());

        InboxBatch waiting = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        waiting.found("a", hash, new InboxBatch.Stored(3, InboxStatus.RECEIVED, NOW.minusSeconds(5), true));
        assertEquals(List.of(new Receipt(Receipt.Outcome.DUPLICATE, 3)), waiting.receipts(),
                "a row not processed yet will fetch the sale as it is then");
        InboxBatch redelivered = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        redelivered.found("a", hash, new InboxBatch.Stored(3, InboxStatus.DONE, NOW.minusSeconds(5), false));
        assertEquals(List.of(new Receipt(Receipt.Outcome.DUPLICATE, 3)), redelivered.receipts(),
                "nothing of the sale came between: a redelivery");
    }

    @Test
    void aStoredRowOfAnotherAccountIsNotTheSameEvent() {
        InboxBatch batch = InboxBatch.of(List.of(event("a", "Sale/OrderAuthorised", "s1", true)), NOW, WINDOW);
        String hash = hashOf(batch);
        batch.found("b", hash, new InboxBatch.Stored(3, InboxStatus.RECEIVED, NOW));
        assertEquals(1, batch.toInsert().size());
    }

    @Test
    void typesTheBridgeDoesNotActOnAreStoredAsIgnored() {
        InboxBatch batch = InboxBatch.of(List.of(event("a", "Sale/QuoteAuthorised", "s1", false)), NOW, WINDOW);
        insertAll(batch, 1);
        assertTrue(batch.firstAccepted().isEmpty());
        assertEquals(List.of(new Receipt(Receipt.Outcome.IGNORED, 1)), batch.receipts());
    }

    @Test
    void copiesAreLookedUpByTheDocumentElseTheTaskElseTheKeysOfThisBucketAndTheLast() {
        IncomingEvent bySale = new IncomingEvent(EventKey.sale("a", "Sale/Voided", "s1", "t1", null), "{}", true);
        IncomingEvent byTask = new IncomingEvent(
                EventKey.sale("a", "Sale/ShipmentAuthorised", null, "t1", null), "{\"t\":1}", true);
        IncomingEvent neither = new IncomingEvent(new EventKey("a", "Customer/Updated", DocumentRef.NONE), "{}", false);
        List<InboxBatch.Group> groups = InboxBatch.of(List.of(bySale, byTask, neither), NOW, WINDOW).groups();

        assertEquals("s1", groups.get(0).copiesByDocument());
        assertEquals(null, groups.get(0).copiesByTask());
        assertEquals(List.of(), groups.get(0).copiesByKey());

        assertEquals(null, groups.get(1).copiesByDocument());
        assertEquals("t1", groups.get(1).copiesByTask());
        assertEquals(List.of(), groups.get(1).copiesByKey());

        long bucket = NOW.toEpochMilli() / WINDOW.toMillis();
        String hash = groups.get(2).fingerprint.payloadHash();
        assertEquals(null, groups.get(2).copiesByDocument());
        assertEquals(null, groups.get(2).copiesByTask());
        assertEquals(List.of(bucket + ":" + hash, (bucket - 1) + ":" + hash), groups.get(2).copiesByKey());
    }

    private static String hashOf(InboxBatch batch) {
        return batch.groups().get(0).fingerprint.payloadHash();
    }
}
