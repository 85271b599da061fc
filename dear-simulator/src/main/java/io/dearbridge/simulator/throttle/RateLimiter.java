package io.dearbridge.simulator.throttle;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DEAR's "60 calls per 60 seconds" (docs/dear-api.md §1.4) as a <b>sliding window</b>: a call is allowed when fewer than
 * {@code limit} calls were allowed in the {@code window} before it. This is stricter than a fixed window (which
 * lets 2×limit through across a boundary), so a client that passes here passes DEAR either way.
 * Refused calls do not use up the allowance; otherwise a client that keeps retrying would never get through.
 */
public final class RateLimiter {

    private final Map<String, Deque<Instant>> allowedByKey = new ConcurrentHashMap<>();

    /** @return true when the call may proceed (and counts it), false when it is throttled */
    public boolean tryAcquire(String key, Instant now, int limit, int windowSeconds) {
        Deque<Instant> allowed = allowedByKey.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (allowed) {
            Instant windowStart = now.minusSeconds(windowSeconds);
            while (!allowed.isEmpty() && !allowed.peekFirst().isAfter(windowStart)) {
                allowed.removeFirst();
            }
            if (allowed.size() >= limit) {
                return false;
            }
            allowed.addLast(now);
            return true;
        }
    }

    public void reset() {
        allowedByKey.clear();
    }
}
