package io.dearbridge.simulator.throttle;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The transient "burst" 403 seen when too many calls are in flight at once (docs/dear-api.md §1.2, single source).
 * The simulator answers it with the same plain-text {@code Incorrect credentials!} as a real credential failure:
 * the field report saw an indistinguishable 403, which is exactly what makes it nasty for a client.
 */
public final class BurstGuard {

    private final AtomicInteger inFlight = new AtomicInteger();

    /** @return true when the call may proceed; then {@link #exit()} must follow */
    public boolean enter(int burstLimit) {
        int now = inFlight.incrementAndGet();
        if (burstLimit > 0 && now > burstLimit) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void exit() {
        inFlight.decrementAndGet();
    }
}
