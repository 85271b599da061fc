package io.dearbridge.dear.rate;

import java.util.Optional;

/**
 * The lane of the work running on this thread. The dispatchers wrap each handler in {@link #run}; every DEAR
 * call the handler makes (however deep) then asks the governor for a token of that lane without sleeping
 * for it, and throws {@link CallDeferred} instead. A thread-local because the handler's calls pass through
 * beans that know nothing of lanes (the sale importer, the fulfilment push).
 */
public final class DearWork {

    private static final ThreadLocal<Lane> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<CallDeferred> DEFERRED = new ThreadLocal<>();

    private DearWork() {
    }

    /**
     * Runs {@code work} in {@code lane}; answers the deferral if a DEAR call of it found no token (the work
     * itself has put itself back in its queue by then), so the dispatcher can leave the account alone meanwhile.
     */
    public static Optional<CallDeferred> run(Lane lane, Runnable work) {
        Lane before = CURRENT.get();
        CURRENT.set(lane);
        DEFERRED.remove();
        try {
            work.run();
            return Optional.ofNullable(DEFERRED.get());
        } finally {
            DEFERRED.remove();
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
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
}
