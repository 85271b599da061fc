package io.dearbridge.dear;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Tells a burst 403 from bad keys (docs/dear-api.md §1.2): a 403 counts as transient only if the account's
 * credentials worked within {@code recentNanos} and fewer than {@code threshold} 403s came in a row. Anything
 * DEAR answered other than 403 or 5xx proves the keys (an auth failure would have been a 403).
 */
final class CredentialWatch {

    private final long recentNanos;
    private final int threshold;
    private final LongSupplier clock;
    private final ConcurrentMap<String, State> states = new ConcurrentHashMap<>();

    CredentialWatch(long recentNanos, int threshold, LongSupplier clock) {
        this.recentNanos = recentNanos;
        this.threshold = threshold;
        this.clock = clock;
    }

    void answered(String account) {
        State state = states.computeIfAbsent(account, a -> new State());
        synchronized (state) {
            state.lastGood = clock.getAsLong();
            state.hasGood = true;
            state.consecutive403 = 0;
        }
    }

    /** Records a 403 and says whether the keys are still believed good. */
    boolean forbiddenButKnownGood(String account) {
        State state = states.computeIfAbsent(account, a -> new State());
        synchronized (state) {
            state.consecutive403++;
            return state.hasGood && clock.getAsLong() - state.lastGood <= recentNanos
                    && state.consecutive403 < threshold;
        }
    }

    private static final class State {
        long lastGood;
        boolean hasGood;
        int consecutive403;
    }
}
