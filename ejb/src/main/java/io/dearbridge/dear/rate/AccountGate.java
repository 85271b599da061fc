package io.dearbridge.dear.rate;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The way through to one DEAR account: first a place among the {@code maxInFlight} concurrent calls, then a
 * token. In that order, so the token's time is the send time: a token taken early and used late could bunch
 * calls up and overrun DEAR's window.
 */
public final class AccountGate {

    private final RateSettings settings;
    private final TokenBucket bucket;
    private final Semaphore inFlight;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    public AccountGate(RateSettings settings, LongSupplier nanoClock, Sleeper sleeper) {
        this.settings = settings;
        this.bucket = new TokenBucket(settings, nanoClock);
        this.inFlight = new Semaphore(settings.maxInFlight(), true);
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    public RateSettings settings() {
        return settings;
    }

    /**
     * Waits (at most {@code maxWaitNanos} in all) until a call may go out. Empty when the wait would be
     * longer: the caller gives up rather than piling up threads.
     */
    public Optional<Permit> enter(long maxWaitNanos) throws InterruptedException {
        long start = nanoClock.getAsLong();
        if (!inFlight.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        boolean entered = false;
        try {
            long left = maxWaitNanos - (nanoClock.getAsLong() - start);
            long wait = bucket.reserve(Math.max(0, left));
            if (wait < 0) {
                return Optional.empty();
            }
            if (wait > 0) {
                sleeper.sleepNanos(wait);
            }
            entered = true;
            return Optional.of(inFlight::release);
        } finally {
            if (!entered) {
                inFlight.release();
            }
        }
    }

    /** What the gate is doing now, for operators: calls in flight and the wait a new call would have. */
    public Usage usage() {
        return new Usage(settings.maxInFlight() - inFlight.availablePermits(), settings.maxInFlight(),
                settings.limit(), settings.window().toSeconds(), bucket.waitNanos() / 1_000_000);
    }

    /** A snapshot of one account's gate on this node. */
    public record Usage(int inFlight, int maxInFlight, int limit, long windowSeconds, long waitMillis) {
    }

    /** DEAR throttled us: hold every caller of this account until {@code nanos} from now. */
    public void pauseFor(long nanos) {
        bucket.pauseUntil(nanoClock.getAsLong() + nanos);
    }

    /** Released when the call has finished, successfully or not. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** {@link Thread#sleep} in production, a fake clock's advance in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;

        Sleeper REAL = nanos -> TimeUnit.NANOSECONDS.sleep(nanos);
    }
}
