package io.dearbridge.dear.rate;

import java.util.Optional;

/**
 * The lane of the work running on this thread, and what that work has spent of DEAR's budget so far. The
 * dispatchers wrap each handler in {@link #run}; every DEAR call the handler makes (however deep) asks the governor
 * for a token of that lane. Until the work has called DEAR, a call with no token soon throws {@link CallDeferred}
 * and the work goes back to its queue having spent nothing. Once it has called DEAR it is {@link #started()} and
 * waits for its next tokens instead: deferring then would throw away the calls it made, and a command that reads
 * before it writes could read again and again without ever writing (issue 21). A thread-local because the handler's
 * calls pass through beans that know nothing of lanes (the sale importer, the fulfilment push).
 */
public final class DearWork {

    private static final ThreadLocal<Lane> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<CallDeferred> DEFERRED = new ThreadLocal<>();
    private static final ThreadLocal<Spent> SPENT = new ThreadLocal<>();
    private static final ThreadLocal<Runnable> ON_TOKEN = new ThreadLocal<>();

    private DearWork() {
    }

    /**
     * Runs {@code work} in {@code lane}; answers the deferral if a DEAR call of it found no token (the work
     * itself has put itself back in its queue by then), so the dispatcher can leave the account alone meanwhile.
     */
    public static Optional<CallDeferred> run(Lane lane, Runnable work) {
        return run(lane, work, () -> { });
    }

    /**
     * As {@link #run(Lane, Runnable)}, telling {@code onFirstToken} when the work's first DEAR call has its token: the
     * dispatcher counts the account's next token as free only from then (see {@code sync.AccountSlots#begun}).
     */
    public static Optional<CallDeferred> run(Lane lane, Runnable work, Runnable onFirstToken) {
        Lane before = CURRENT.get();
        Spent spentBefore = SPENT.get();
        Runnable onTokenBefore = ON_TOKEN.get();
        CURRENT.set(lane);
        SPENT.set(new Spent());
        ON_TOKEN.set(onFirstToken);
        DEFERRED.remove();
        try {
            work.run();
            return Optional.ofNullable(DEFERRED.get());
        } finally {
            DEFERRED.remove();
            restore(CURRENT, before);
            restore(SPENT, spentBefore);
            restore(ON_TOKEN, onTokenBefore);
        }
    }

    /** A DEAR call of this thread's work has its token and is about to go out. */
    public static void admitted() {
        Runnable onToken = ON_TOKEN.get();
        if (onToken != null) {
            ON_TOKEN.remove();
            onToken.run();
        }
    }

    private static <T> void restore(ThreadLocal<T> local, T before) {
        if (before == null) {
            local.remove();
        } else {
            local.set(before);
        }
    }

    /** Called by the DEAR client as it throws {@code deferred}, which the work may catch and wrap. */
    public static CallDeferred deferred(CallDeferred deferred) {
        if (CURRENT.get() != null) {
            DEFERRED.set(deferred);
        }
        return deferred;
    }

    /** The lane of this thread's work; {@link Lane#OTHER} outside a dispatcher. */
    public static Lane current() {
        Lane lane = CURRENT.get();
        return lane == null ? Lane.OTHER : lane;
    }

    /** Whether this thread's dispatched work has already sent a call to DEAR (and so must not defer the next). */
    public static boolean started() {
        Spent spent = SPENT.get();
        return spent != null && spent.sent > 0;
    }

    /** A call of this thread's work went out to DEAR; {@code answered} when DEAR answered it with success. */
    public static void sent(boolean answered) {
        Spent spent = SPENT.get();
        if (spent != null) {
            spent.sent++;
            if (answered) {
                spent.succeeded++;
            }
        }
    }

    /**
     * The work is leaving unfinished (deferred, or failing in a way that will be retried): answers how many of its
     * successful calls are thereby wasted, and forgets them so that they are counted once.
     */
    public static int abandon() {
        Spent spent = SPENT.get();
        if (spent == null) {
            return 0;
        }
        int wasted = spent.succeeded;
        spent.succeeded = 0;
        return wasted;
    }

    private static final class Spent {
        int sent;
        int succeeded;
    }
}
