package io.dearbridge.domain.inbox;

import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.IllegalTransitionException;
import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.domain.sync.SyncFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InboxEventTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy threeTries = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5),
            Duration.ofSeconds(60), 3, () -> 1.0);

    private InboxEvent event() {
        EventKey key = EventKey.sale("demo", "Sale/OrderAuthorised", "sale-1", null, "SO-1");
        return InboxEvent.received(key, Fingerprint.of("demo", "Sale/OrderAuthorised", "{}", T0, java.time.Duration.ofMinutes(1)), "{}", EventSource.WEBHOOK, T0);
    }

    @Test
    void carriesTheDocumentItIsAbout() {
        InboxEvent event = event();
        assertEquals(new DocumentRef(DocumentKind.SALE, "sale-1", null, "SO-1"), event.document());
    }

    @Test
    void anEventNoHandlerTakesIsIgnoredWithItsReason() {
        InboxEvent event = event();
        event.startAttempt(T0);
        event.ignore("no handler", T0);
        assertEquals(InboxStatus.IGNORED, event.status());
        assertEquals("no handler", event.note());
    }

    @Test
    void receivedEventIsDueAtOnce() {
        InboxEvent event = event();
        assertEquals(InboxStatus.RECEIVED, event.status());
        assertEquals(T0, event.trail().nextAttemptAt());
    }

    @Test
    void transientFailuresRetryUntilTheLimitThenFail() {
        InboxEvent event = event();
        SyncFailure failure = new SyncFailure(FailureKind.TRANSIENT, 502, "bad gateway");
        for (int attempt = 1; attempt <= 2; attempt++) {
            assertEquals(attempt, event.startAttempt(T0));
            event.fail(failure, threeTries, T0);
            assertEquals(InboxStatus.RETRY, event.status());
        }
        event.startAttempt(T0);
        event.fail(failure, threeTries, T0);
        assertEquals(InboxStatus.FAILED, event.status());
        assertEquals(502, event.trail().lastHttpStatus());
        assertEquals("bad gateway", event.trail().lastError());
        assertNull(event.trail().nextAttemptAt());
    }

    @Test
    void permanentFailureFailsAtOnce() {
        InboxEvent event = event();
        event.startAttempt(T0);
        event.fail(new SyncFailure(FailureKind.PERMANENT, 404, "not found"), threeTries, T0);
        assertEquals(InboxStatus.FAILED, event.status());
    }

    @Test
    void replayGivesAFreshSetOfAttempts() {
        InboxEvent event = event();
        event.startAttempt(T0);
        event.fail(new SyncFailure(FailureKind.CREDENTIALS, 403, "Incorrect credentials!"), threeTries, T0);
        event.replay(T0.plusSeconds(5));
        assertEquals(InboxStatus.RECEIVED, event.status());
        assertEquals(0, event.trail().attempts());
        assertEquals(1, event.startAttempt(T0));
    }

    @Test
    void onlyFailedEventsCanBeDismissed() {
        InboxEvent event = event();
        assertThrows(IllegalTransitionException.class, () -> event.dismiss(T0));
        event.startAttempt(T0);
        event.complete(T0);
        assertEquals(InboxStatus.DONE, event.status());
        assertThrows(IllegalTransitionException.class, () -> event.replay(T0));
    }

    @Test
    void successClearsTheLastFailure() {
        InboxEvent event = event();
        event.startAttempt(T0);
        event.fail(new SyncFailure(FailureKind.THROTTLED, 503, "limit"), threeTries, T0);
        event.startAttempt(T0);
        event.complete(T0);
        assertNull(event.trail().lastError());
        assertNull(event.trail().lastFailureKind());
    }

    @Test
    void anEventWaitingForAnEarlierOneIsReceivedAgainAndSaysWhy() {
        InboxEvent event = event();
        event.startAttempt(T0);
        event.defer(T0.plusSeconds(2), T0, io.dearbridge.domain.sync.WaitReason.EARLIER_EVENT);
        assertEquals(InboxStatus.RECEIVED, event.status());
        assertEquals(0, event.trail().attempts());
        assertEquals(java.util.Optional.of(io.dearbridge.domain.sync.WaitReason.EARLIER_EVENT), event.waitingFor());
        event.startAttempt(T0.plusSeconds(2));
        assertEquals(java.util.Optional.empty(), event.waitingFor());
    }

    @Test
    void aDocumentNumberLongerThanItsColumnIsCutWithAMarker() {
        DocumentRef ref = DocumentRef.sale(null, null, "SO-" + "9".repeat(10_000));
        assertEquals(DocumentRef.NUMBER_LENGTH, ref.number().length());
        assertEquals(true, ref.number().endsWith(io.dearbridge.domain.order.StorableText.CUT));
    }
}
