package io.dearbridge.dear.rate;

import java.util.function.LongSupplier;

/**
 * A token bucket in its "virtual scheduling" form (GCRA): one token every {@code intervalNanos}, at most
 * {@code capacity} saved up. Callers reserve a token and are told how long to wait for it, so waiters are
 * served in arrival order without a refill thread.
 *
 * <p>Why the interval is {@code window / (limit - capacity)} rather than {@code window / limit}: a bucket
 * lets through at most {@code capacity + window/interval} calls in any span of one window, and DEAR's
 * window may be sliding or fixed (undocumented), so that sum must not exceed DEAR's limit. With the
 * default capacity of 1 this paces at 59/60 of the limit and can never trip DEAR's counter, while arrival
 * jitter up to one interval still fits.
 */
public final class TokenBucket {

    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoClock;
    private long nextTokenAt;
    private boolean started;

    public TokenBucket(RateSettings settings, LongSupplier nanoClock) {
        this.intervalNanos = settings.intervalNanos();
        this.toleranceNanos = (settings.burst() - 1L) * intervalNanos;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes the next token if it comes within {@code maxWaitNanos}: returns how long to wait before using it
     * (0 for now), or -1 without taking anything if the wait would be longer.
     */
    public synchronized long reserve(long maxWaitNanos) {
        long now = nanoClock.getAsLong();
        if (!started) {
            nextTokenAt = now;
            started = true;
        }
        long due = Math.max(nextTokenAt, now);
        long wait = Math.max(0, due - toleranceNanos - now);
        if (wait > maxWaitNanos) {
            return -1;
        }
        nextTokenAt = due + intervalNanos;
        return wait;
    }

    /** How long a caller arriving now would wait for its token (0 when one is free). Reserves nothing. */
    public synchronized long waitNanos() {
        if (!started) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        return Math.max(0, Math.max(nextTokenAt, now) - toleranceNanos - now);
    }

    /** No token before {@code untilNanos}, and nothing saved up then either: DEAR said we were too fast. */
    public synchronized void pauseUntil(long untilNanos) {
        if (!started) {
            started = true;
            nextTokenAt = untilNanos + toleranceNanos;
            return;
        }
        nextTokenAt = Math.max(nextTokenAt, untilNanos + toleranceNanos);
    }
}
