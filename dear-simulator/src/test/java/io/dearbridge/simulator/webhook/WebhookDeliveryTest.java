package io.dearbridge.simulator.webhook;

import static io.dearbridge.simulator.TestSim.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.sale.Sale;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private static final long MINUTE = 60_000;

    @Test
    void retriesOnDearScheduleThenDeactivatesAfterSixFailures() {
        TestSim sim = new TestSim();
        sim.receiverStatus = 500;
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        long start = sim.now.toEpochMilli();
        sim.newSale();
        sim.advance(Duration.ofHours(2));
        List<Long> offsets = sim.sent.stream().map(s -> (s.atMillis() - start) / MINUTE).toList();
        assertEquals(List.of(1L, 6L, 16L, 31L, 51L, 76L), offsets);
        assertFalse(sim.space().webhooks().all().get(0).active());
        var log = sim.space().deliveries().since(0);
        assertEquals(6, log.size());
        assertEquals(6, log.get(5).attempt());
        assertEquals(500, log.get(5).status());

        sim.newSale();
        sim.advance(Duration.ofHours(2));
        assertEquals(6, sim.sent.size(), "an inactive webhook receives nothing");
    }

    @Test
    void timeFactorScalesTheWholeSchedule() {
        TestSim sim = new TestSim();
        sim.space().updateSettings(Map.of("webhookTimeFactor", 0.001));
        sim.receiverStatus = 0;
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        long start = sim.now.toEpochMilli();
        sim.newSale();
        sim.advance(Duration.ofSeconds(10));
        List<Long> offsets = sim.sent.stream().map(s -> s.atMillis() - start).toList();
        assertEquals(List.of(60L, 360L, 960L, 1860L, 3060L, 4560L), offsets);
        assertFalse(sim.space().webhooks().all().get(0).active());
    }

    @Test
    void successStopsRetrying() {
        TestSim sim = new TestSim();
        sim.receiverStatus = 503;
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        sim.newSale();
        sim.advance(Duration.ofMinutes(2));
        sim.receiverStatus = 204;
        sim.advance(Duration.ofHours(2));
        assertEquals(2, sim.sent.size());
        assertTrue(sim.space().webhooks().all().get(0).active());
    }

    @Test
    void thinPayloadsAndRegisteredAuthAndHeaders() {
        TestSim sim = new TestSim();
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a",
                "ExternalAuthorizationType", "basicauth", "ExternalUserName", "dear", "ExternalPassword", "s3cret",
                "ExternalHeaders", List.of(map("Key", "X-Dear-Event", "Value", "Sale/OrderAuthorised"))));
        sim.space().webhooks().create(map("Type", "Sale/ShipmentAuthorised", "ExternalURL", "http://r/s",
                "ExternalAuthorizationType", "bearerauth", "ExternalBearerToken", "tok"));
        sim.space().webhooks().create(map("Type", "Sale/PickAuthorised", "ExternalURL", "http://r/p"));
        Sale sale = sim.newSale();
        var a = sim.sim.actions();
        a.pick(sim.space().sales(), sale, Map.of());
        a.pack(sim.space().sales(), sale, Map.of());
        a.ship(sim.space().sales(), sale, Map.of());
        sim.advance(Duration.ofMinutes(2));
        assertEquals(3, sim.sent.size());
        TestSim.Sent order = sim.sent.get(0);
        assertEquals("{\"SaleID\":\"" + sale.id() + "\",\"SaleOrderNumber\":\"" + sale.orderNumber() + "\"}",
                order.body());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("dear:s3cret".getBytes(StandardCharsets.UTF_8)),
                order.headers().get("Authorization"));
        assertEquals("Sale/OrderAuthorised", order.headers().get("X-Dear-Event"));
        assertEquals("application/json", order.headers().get("Content-Type"));
        TestSim.Sent pick = sim.sent.get(1);
        assertFalse(pick.headers().containsKey("Authorization"), "noauth");
        TestSim.Sent ship = sim.sent.get(2);
        assertEquals("{\"SaleTaskID\":\"" + sale.id() + "\",\"SaleOrderNumber\":\"" + sale.orderNumber() + "\"}",
                ship.body());
        assertEquals("Bearer tok", ship.headers().get("Authorization"));
    }

    @Test
    void dropDuplicateAndReorderKnobs() {
        TestSim low = new TestSim(0.1);
        low.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        low.space().updateSettings(Map.of("webhookDropRate", 0.2));
        low.newSale();
        low.advance(Duration.ofMinutes(2));
        assertEquals(0, low.sent.size(), "dropped");
        low.space().updateSettings(Map.of("webhookDropRate", 0.0, "webhookDuplicateRate", 0.2));
        low.newSale();
        low.advance(Duration.ofMinutes(2));
        assertEquals(2, low.sent.size(), "duplicated");

        TestSim sim = new TestSim();
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        sim.space().updateSettings(Map.of("webhookReorder", true));
        Sale first = sim.newSale();
        Sale second = sim.newSale();
        Sale third = sim.newSale();
        sim.advance(Duration.ofMinutes(2));
        assertEquals(3, sim.sent.size());
        assertTrue(sim.sent.get(0).body().contains(third.id()));
        assertTrue(sim.sent.get(1).body().contains(second.id()));
        assertTrue(sim.sent.get(2).body().contains(first.id()));
    }

    @Test
    void inactiveSubscriptionsAreNotCalled() {
        TestSim sim = new TestSim();
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a",
                "IsActive", false));
        sim.newSale();
        sim.advance(Duration.ofMinutes(2));
        assertEquals(0, sim.sent.size());
    }
}
