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
 *
 * <p>Two ways in. {@link #enter} waits (the watchdog, an operator's request, and dispatched work that has already
 * called DEAR and must finish rather than waste that call). {@link #tryEnter} is for dispatched work that has
 * not called DEAR yet: it waits at most a short while and otherwise says when to come back, so that no thread
 * sleeps for this account while another account's work could run; between the import and write lanes it
 * keeps {@link LaneTurns weighted turns}.
 */
public final class AccountGate {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final RateSettings settings;
    private final RateBudget budget;
    private final LaneTurns turns;
    private final Semaphore inFlight;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    /** Counted down when the application stops: waiters leave at once instead of holding up the shutdown. */
    private final CountDownLatch closed = new CountDownLatch(1);

    public AccountGate(RateSettings settings, LongSupplier nanoClock, Sleeper sleeper) {
        this(settings, new TokenBucket(settings, nanoClock), LaneSettings.DEFAULT, nanoClock, sleeper);
    }

    public AccountGate(RateSettings settings, RateBudget budget, LaneSettings lanes, LongSupplier nanoClock,
                       Sleeper sleeper) {
        this.settings = settings;
        this.budget = budget;
        this.turns = new LaneTurns(lanes);
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
        return enter(Lane.OTHER, maxWaitNanos);
    }

    /**
     * Waits like {@link #enter(long)} for work of {@code lane} that has already called DEAR: its lane's turn is
     * not asked (refusing it now would waste the call it made), but the token counts towards the lane's turn.
     */
    public Optional<Permit> enter(Lane lane, long maxWaitNanos) throws InterruptedException {
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
            long wait = reserve(lane, Math.max(0, left), true);
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

    /**
     * A call of {@code lane} if a place and a token (and the lane's turn) come within {@code maxWaitNanos};
     * otherwise nothing is taken and the entry says how long to stay away.
     */
    public Entry tryEnter(Lane lane, long maxWaitNanos) throws InterruptedException {
        if (!inFlight.tryAcquire()) {
            return Entry.later(settings.intervalNanos());
        }
        boolean entered = false;
        try {
            long wait = reserve(lane, maxWaitNanos, false);
            if (wait < 0 || closed()) {
                return Entry.later(Math.max(budget.nanosUntilNext(), settings.intervalNanos() / 2));
            }
            if (wait > 0 && sleeper.sleepNanos(wait)) {
                return Entry.later(settings.intervalNanos());
            }
            entered = true;
            return new Entry(inFlight::release, 0);
        } finally {
            if (!entered) {
                inFlight.release();
            }
        }
    }

    /**
     * Nanoseconds until {@code lane} could take a token (0: now), its rival's turn considered; takes nothing.
     * The dispatchers ask before they claim work, so they do not claim what would only be deferred.
     */
    public long nanosUntilNext(Lane lane) {
        synchronized (turns) {
            if (!turns.mayTake(lane, nanoClock.getAsLong())) {
                return settings.intervalNanos();
            }
        }
        return budget.nanosUntilNext();
    }

    /**
     * {@link #nanosUntilNext(Lane)} asked by a dispatcher that has work of {@code lane} due. A write that must wait
     * counts as waiting until its token is due and one interval more, as if it had been refused, so the imports yield
     * that token: before, a write resting until its token was marked waiting only after a refused try, and a ship
     * behind an import backlog lost one token to the imports at each of its three calls (issue 27). Writes only: an
     * import's due event may need no call at all (DEAR's echo of the bridge's own write, an event behind an earlier
     * one), and marked so it held every write to one token in a row for nothing.
     */
    public long nanosUntilTurn(Lane lane) {
        long wait = nanosUntilNext(lane);
        if (wait > 0 && lane == Lane.WRITE) {
            synchronized (turns) {
                turns.waitsUntil(lane, nanoClock.getAsLong() + wait + settings.intervalNanos());
            }
        }
        return wait;
    }

    private long reserve(Lane lane, long maxWaitNanos, boolean finishing) {
        synchronized (turns) {
            long now = nanoClock.getAsLong();
            if (!finishing && !turns.mayTake(lane, now)) {
                turns.refused(lane, now);
                return -1;
            }
            long wait = budget.reserve(maxWaitNanos);
            if (wait < 0) {
                turns.refused(lane, now);
            } else {
                turns.granted(lane);
            }
            return wait;
        }
    }

    /** What the gate is doing now, for operators: calls in flight and the wait a new call would have. */
    public Usage usage() {
        return new Usage(settings.maxInFlight() - inFlight.availablePermits(), settings.maxInFlight(),
                settings.limit(), settings.window().toSeconds(), budget.nanosUntilNext() / 1_000_000);
    }

    /** A snapshot of one account's gate on this node. */
    public record Usage(int inFlight, int maxInFlight, int limit, long windowSeconds, long waitMillis) {
    }

    /** DEAR throttled us: hold every caller of this account until {@code nanos} from now. */
    public void pauseFor(long nanos) {
        budget.pauseFor(nanos);
    }

    /** A way in ({@code permit}), or how long to stay away ({@code retryAfterNanos}) when there was none. */
    public record Entry(Permit permit, long retryAfterNanos) {

        static Entry later(long nanos) {
            return new Entry(null, Math.max(1, nanos));
        }

        public boolean admitted() {
            return permit != null;
        }
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
