package io.dearbridge.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for a condition on the things under test, instead of sleeping: polls until the probe answers, and
 * fails naming what it waited for. The timeouts are generous because they only run out when something is wrong.
 */
public final class Await {

    public static final Duration WAIT = Duration.ofSeconds(60);

    private static final long POLL_MILLIS = 200;

    private Await() {
    }

    /** Polls until the probe gives a non-null value and answers it, or fails after the timeout. */
    public static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public static <T> T await(String what, Supplier<T> probe) {
        return await(what, WAIT, probe);
    }

    /** Polls until the condition holds, or fails after {@link #WAIT}. */
    public static void awaitTrue(String what, BooleanSupplier condition) {
        await(what, WAIT, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }
}
