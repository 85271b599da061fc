package io.dearbridge.simulator.webhook;

/**
 * DEAR's delivery schedule (docs/dear-api.md §2.5): first attempt 1 minute after the event, then 5, 10, 15, 20 and 25
 * minutes after the previous one — six attempts, about 76 minutes — all multiplied by a time factor so tests and
 * demos do not wait an hour.
 */
public final class RetrySchedule {

    public static final int ATTEMPTS = 6;
    private static final int[] MINUTES_BEFORE_ATTEMPT = {1, 5, 10, 15, 20, 25};

    private RetrySchedule() {
    }

    /** Delay before attempt {@code attempt} (1-based), counted from the event or from the previous attempt. */
    public static long delayMillis(int attempt, double timeFactor) {
        return Math.round(MINUTES_BEFORE_ATTEMPT[attempt - 1] * 60_000L * timeFactor);
    }
}
