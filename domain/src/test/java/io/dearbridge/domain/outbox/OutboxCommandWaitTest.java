package io.dearbridge.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A command deferred for DEAR's budget waits; it is not failing, unless an earlier attempt failed. */
class OutboxCommandWaitTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5),
            Duration.ofSeconds(60), 5, () -> 1.0);

    private OutboxCommand command() {
        return new OutboxCommand("demo", "order:1", CommandKind.CREDIT_NOTE, "{}", T0);
    }

    @Test
    void aCommandDeferredBeforeItsFirstAttemptIsPendingAndWaitingForTheBudgetUntilItsExpectedStart() {
        OutboxCommand command = command();
        command.startAttempt(T0);
        command.defer(T0.plusSeconds(1), T0, WaitReason.DEAR_BUDGET);
        assertEquals(OutboxStatus.PENDING, command.status());
        assertEquals(0, command.trail().attempts());
        assertEquals(Optional.of(WaitReason.DEAR_BUDGET), command.waitingFor());
        assertEquals(T0.plusSeconds(1), command.trail().nextAttemptAt());

        command.startAttempt(T0.plusSeconds(1));
        assertTrue(command.waitingFor().isEmpty(), "claimed: no longer waiting");
    }

    @Test
    void aCommandDeferredAfterAFailedAttemptStaysRetry() {
        OutboxCommand command = command();
        command.startAttempt(T0);
        command.fail(new SyncFailure(FailureKind.TRANSIENT, 503, "busy"), policy, T0);
        command.startAttempt(T0.plusSeconds(5));
        command.defer(T0.plusSeconds(6), T0.plusSeconds(5), WaitReason.DEAR_BUDGET);
        assertEquals(OutboxStatus.RETRY, command.status());
        assertEquals(1, command.trail().attempts());
    }

    @Test
    void aHeldCommandIsNotWaiting() {
        OutboxCommand command = command();
        command.startAttempt(T0);
        command.defer(T0.plusSeconds(1), T0, WaitReason.DEAR_BUDGET);
        command.hold(T0);
        assertTrue(command.waitingFor().isEmpty());
    }

    @Test
    void aCommandWaitingForTheInvoiceIsWokenAtOnceButOnlyForThatReason() {
        OutboxCommand command = command();
        command.startAttempt(T0);
        command.defer(T0.plusSeconds(600), T0, WaitReason.DEAR_INVOICE);
        assertEquals(OutboxStatus.PENDING, command.status());
        assertEquals(Optional.of(WaitReason.DEAR_INVOICE), command.waitingFor());

        assertEquals(false, command.wake(WaitReason.DEAR_BUDGET, T0.plusSeconds(1)));
        assertEquals(T0.plusSeconds(600), command.trail().nextAttemptAt());
        assertTrue(command.wake(WaitReason.DEAR_INVOICE, T0.plusSeconds(2)));
        assertEquals(T0.plusSeconds(2), command.trail().nextAttemptAt());
    }
}
