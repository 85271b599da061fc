package io.dearbridge.domain.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter, capped, for a limited number of attempts. Throttled calls wait
 * at least one rate window, because DEAR counts calls over 60 seconds.
 */
public final class RetryPolicy {

    private final Duration base;
    private final Duration cap;
    private final Duration throttleWait;
    private final int maxAttempts;
    private final DoubleSupplier random;

    public RetryPolicy(Duration base, Duration cap, Duration throttleWait, int maxAttempts, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.base = base;
        this.cap = cap;
        this.throttleWait = throttleWait;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether a failure after the given number of attempts may be tried again. */
    public boolean mayRetry(FailureKind kind, int attemptsSoFar) {
        return kind.retryable() && attemptsSoFar < maxAttempts;
    }

    /** When the next attempt is due, given how many attempts were made so far (1 after the first). */
    public Instant nextAttemptAt(FailureKind kind, int attemptsSoFar, Instant now) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attemptsSoFar - 1, 30));
        long delay = (long) (ceiling * random.getAsDouble());
        if (kind == FailureKind.THROTTLED) {
            delay = Math.max(delay, throttleWait.toMillis());
        }
        return now.plusMillis(Math.max(delay, base.toMillis() / 2));
    }
}
