package io.dearbridge.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without webhooks a change waits at most one fallback period, so the period is half the promised interval. */
class ReconcileSettingsTest {

    private static Duration period(String fallbackInterval) {
        ReconcileSettings settings = new ReconcileSettings();
        settings.fallbackInterval = Duration.parse(fallbackInterval);
        return settings.fallbackPeriod();
    }

    @Test
    void halfTheFallbackIntervalButNeverBelowFiveSeconds() {
        assertEquals(Duration.ofMinutes(1), period("PT2M"));
        assertEquals(Duration.ofSeconds(10), period("PT20S"));
        assertEquals(Duration.ofSeconds(5), period("PT1S"), "a pass costs a saleList call: at most 12 a minute");
    }
}
