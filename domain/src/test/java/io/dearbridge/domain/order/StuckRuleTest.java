package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StuckRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-11T09:00:00Z");
    private final StuckRule rule = new StuckRule(Duration.ofHours(24), Duration.ofHours(8), Duration.ofHours(1));

    private static WarehouseOrder awaitingPickSince(Instant since) {
        return WarehouseOrder.importSale("demo", Snapshots.authorised(Snapshots.T0), "Sale/OrderAuthorised", since);
    }

    @Test
    void anOrderAuthorisedButNotPickedForLongerThanTheThresholdIsStuck() {
        WarehouseOrder order = awaitingPickSince(NOW.minus(Duration.ofHours(25)));
        assertTrue(rule.reason(order, null, true, NOW).orElseThrow().contains("not picked for 25 h"));
        assertTrue(rule.reason(awaitingPickSince(NOW.minus(Duration.ofHours(23))), null, true, NOW).isEmpty());
    }

    @Test
    void shippedByTheWarehouseButNotInDearAfterTheOutboxDrainedIsStuck() {
        WarehouseOrder order = awaitingPickSince(NOW.minus(Duration.ofHours(3)));
        Instant shipped = NOW.minus(Duration.ofHours(2));
        assertTrue(rule.reason(order, shipped, true, NOW).orElseThrow().startsWith("shipped by the warehouse"));
        assertTrue(rule.reason(order, shipped, false, NOW).isEmpty(), "commands still waiting: not yet stuck");
        assertTrue(rule.reason(order, NOW.minus(Duration.ofMinutes(30)), true, NOW).isEmpty());
    }

    @Test
    void theFlagIsSetOnceWithATimelineEntryAndGoesWhenTheOrderMovesOn() {
        WarehouseOrder order = awaitingPickSince(NOW.minus(Duration.ofHours(25)));
        int entries = order.timeline().size();
        assertTrue(order.flagStuck(NOW, "authorised in DEAR but not picked for 25 h"));
        assertFalse(order.flagStuck(NOW.plusSeconds(60), "again"));
        assertEquals(NOW, order.stuckSince());
        assertEquals(entries + 1, order.timeline().size());
        assertTrue(order.timeline().get(entries).what().startsWith("Flagged stuck"));

        order.apply(Snapshots.sale(Snapshots.T0.plusSeconds(5), "VOIDED", "VOIDED", Snapshots.lines("0"), null),
                "Sale/Voided", NOW.plusSeconds(120));
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertNull(order.stuckSince());
        assertEquals(NOW.plusSeconds(120), order.stageSince());
    }
}
