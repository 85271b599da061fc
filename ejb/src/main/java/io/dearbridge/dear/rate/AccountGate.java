package io.dearbridge.dear.rate;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The way through to one DEAR account: first a place among the {@code maxInFlight} concurrent calls, then a
 * token. In that order, so the token's time is the send time: a token taken early and used late could bunch
 * calls up and overrun DEAR's window.
 */
public final class AccountGate {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final RateSettings settings;
    private final TokenBucket bucket;
    private final Semaphore inFlight;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    /** Counted down when the application stops: waiters leave at once instead of holding up the shutdown. */
    private final CountDownLatch closed = new CountDownLatch(1);

    public AccountGate(RateSettings settings, LongSupplier nanoClock, Sleeper sleeper) {
        this.settings = settings;
        this.bucket = new TokenBucket(settings, nanoClock);
        this.inFlight = new Semaphore(settings.maxInFlight(), true);
        this.nanoClock = nanoClock;
        this.sleeper = sleeper == Sleeper.REAL ? nanos -> closed.await(nanos, TimeUnit.NANOSECONDS) : sleeper;
    }

    /** The application is stopping: every waiting and later caller is turned away (see {@link #closed()}). */
    public void close() {
        closed.countDown();
    }

    public boolean closed() {
        return closed.getCount() == 0;
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
        // In slices, so that a shutdown does not wait for a slot another call holds.
        while (!inFlight.tryAcquire(Math.min(SLICE_NANOS, Math.max(0, maxWaitNanos - (nanoClock.getAsLong() - start))),
                TimeUnit.NANOSECONDS)) {
            if (closed() || nanoClock.getAsLong() - start >= maxWaitNanos) {
                return Optional.empty();
            }
        }
        boolean entered = false;
        try {
            long left = maxWaitNanos - (nanoClock.getAsLong() - start);
            long wait = bucket.reserve(Math.max(0, left));
            if (wait < 0 || closed()) {
                return Optional.empty();
            }
            if (wait > 0 && sleeper.sleepNanos(wait)) {
                return Optional.empty();
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

    /**
     * A wait that answers whether it ended early because the gate closed: in production a wait on the gate's close,
     * a fake clock's advance in tests.
     */
    @FunctionalInterface
    public interface Sleeper {
        boolean sleepNanos(long nanos) throws InterruptedException;

        /** Stands for "wait, unless the gate closes"; the gate replaces it with a wait on its own close. */
        Sleeper REAL = nanos -> {
            TimeUnit.NANOSECONDS.sleep(nanos);
            return false;
        };
    }
}
