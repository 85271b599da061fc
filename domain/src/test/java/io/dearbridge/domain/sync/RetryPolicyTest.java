package io.dearbridge.domain.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private RetryPolicy policy(double random) {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(60), 5,
                () -> random);
    }

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy policy = policy(1.0);
        assertEquals(NOW.plusSeconds(2), policy.nextAttemptAt(FailureKind.TRANSIENT, 1, NOW));
        assertEquals(NOW.plusSeconds(4), policy.nextAttemptAt(FailureKind.TRANSIENT, 2, NOW));
        assertEquals(NOW.plusSeconds(16), policy.nextAttemptAt(FailureKind.TRANSIENT, 4, NOW));
        assertEquals(NOW.plusSeconds(30), policy.nextAttemptAt(FailureKind.TRANSIENT, 10, NOW));
    }

    @Test
    void jitterNeverDropsBelowHalfTheBase() {
        assertEquals(NOW.plusSeconds(1), policy(0.0).nextAttemptAt(FailureKind.TRANSIENT, 3, NOW));
    }

    @Test
    void throttledWaitsAtLeastOneRateWindow() {
        assertEquals(NOW.plusSeconds(60), policy(0.1).nextAttemptAt(FailureKind.THROTTLED, 1, NOW));
    }

    @Test
    void onlyRetryableKindsRetryAndOnlyWithinTheLimit() {
        RetryPolicy policy = policy(1.0);
        assertTrue(policy.mayRetry(FailureKind.TRANSIENT, 4));
        assertFalse(policy.mayRetry(FailureKind.TRANSIENT, 5));
        assertFalse(policy.mayRetry(FailureKind.PERMANENT, 1));
        assertFalse(policy.mayRetry(FailureKind.CREDENTIALS, 1));
    }
}
