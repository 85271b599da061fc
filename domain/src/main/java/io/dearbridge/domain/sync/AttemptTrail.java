package io.dearbridge.domain.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The bookkeeping that inbox events and outbox commands share: how many attempts, when the next is
 * due, and the last failure as DEAR reported it. The full history lives in {@link SyncAttempt} rows.
 * Its changes are public only because the two entities live in packages of their own; nothing else calls them.
 */
@Embeddable
public class AttemptTrail {

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_failure_kind", length = 20)
    private FailureKind lastFailureKind;

    @Column(name = "last_http_status")
    private Integer lastHttpStatus;

    @Column(name = "last_error", length = SyncFailure.MAX_MESSAGE)
    private String lastError;

    protected AttemptTrail() {
    }

    public static AttemptTrail dueAt(Instant when) {
        AttemptTrail trail = new AttemptTrail();
        trail.nextAttemptAt = when;
        return trail;
    }

    public int begin() {
        nextAttemptAt = null;
        return ++attempts;
    }

    public void succeeded() {
        nextAttemptAt = null;
        lastFailureKind = null;
        lastHttpStatus = null;
        lastError = null;
    }

    /** Records the failure; answers whether the record should be tried again at {@link #nextAttemptAt()}. */
    public boolean failed(SyncFailure failure, RetryPolicy policy, Instant now) {
        lastFailureKind = failure.kind();
        lastHttpStatus = failure.httpStatus();
        lastError = failure.message();
        if (policy.mayRetry(failure.kind(), attempts)) {
            nextAttemptAt = policy.nextAttemptAt(failure.kind(), attempts, now);
            return true;
        }
        nextAttemptAt = null;
        return false;
    }

    /** A manual replay grants a fresh set of attempts, keeping the history. */
    public void replay(Instant now) {
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Takes back an attempt that was claimed but not made (the event had to wait its turn). */
    public void withdraw() {
        attempts = Math.max(0, attempts - 1);
    }

    public void postpone(Instant until) {
        nextAttemptAt = until;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public FailureKind lastFailureKind() {
        return lastFailureKind;
    }

    public Integer lastHttpStatus() {
        return lastHttpStatus;
    }

    public String lastError() {
        return lastError;
    }
}
