package io.dearbridge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.webhook.SubscriptionHealer;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BacklogGaugesTest {

    @Test
    void degradedGaugeCoversTheOutcomesTheHealerCallsDegraded() {
        assertEquals(SubscriptionHealer.DEGRADED, Set.copyOf(BacklogGauges.DEGRADED_OUTCOMES));
    }
}
