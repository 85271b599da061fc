package io.dearbridge.simulator.webhook;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    private final TestSim sim = new TestSim();

    /** fixtures/webhook-subscription-request.json */
    private static Map<String, Object> request(String url) {
        return map("Type", "Sale/OrderAuthorised", "IsActive", true, "ExternalURL", url,
                "ExternalAuthorizationType", "bearerauth", "ExternalUserName", "", "ExternalPassword", "",
                "ExternalBearerToken", "3b1f0c9e6d2a4c57a8e4f0d9b7c6a512",
                "ExternalHeaders", List.of(map("Key", "X-Dear-Event", "Value", "Sale/OrderAuthorised")));
    }

    @Test
    void postReturnsEnvelopeWithIdAndServerName() {
        DearResponse r = sim.call("POST", "webhooks", Map.of(), request("http://r/1"));
        assertEquals(200, r.status());
        Map<String, Object> w = list(obj(r).get("Webhooks")).get(0);
        assertEquals(36, ((String) w.get("ID")).length());
        assertEquals("Sale order has been authorised", w.get("Name"));
        assertEquals(true, w.get("IsActive"));
    }

    /** Webhooks need the Automation module (docs/dear-api.md §2.1); without it DEAR refuses them and sends nothing. */
    @Test
    void withoutTheAutomationModuleEveryWebhookCallIsRefusedAndNothingIsDelivered() {
        sim.call("POST", "webhooks", Map.of(), request("http://r/1"));
        sim.space().webhooks().automation(false);
        for (String verb : List.of("GET", "POST", "PUT", "DELETE")) {
            DearResponse r = sim.call(verb, "webhooks", Map.of("ID", "x"), request("http://r/2"));
            assertEquals(403, r.status(), verb);
            assertTrue(TestSim.exception(r).contains("Automation module"), TestSim.exception(r));
        }
        sim.newSale();
        sim.advance(Duration.ofMinutes(5));
        assertEquals(0, sim.sent.size(), "no delivery without the module");

        sim.space().webhooks().automation(true);
        assertEquals(1, list(obj(sim.get("webhooks")).get("Webhooks")).size(), "the subscriptions were kept");
        sim.newSale();
        sim.advance(Duration.ofMinutes(5));
        assertEquals(1, sim.sent.size());
    }

        @Test
    void atMostFivePerType() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, sim.call("POST", "webhooks", Map.of(), request("http://r/" + i)).status());
        }
        assertEquals(400, sim.call("POST", "webhooks", Map.of(), request("http://r/6")).status());
        Map<String, Object> other = request("http://r/v");
        other.put("Type", "Sale/Voided");
        assertEquals(200, sim.call("POST", "webhooks", Map.of(), other).status());
    }

    @Test
    void getMasksTheToken() {
        sim.call("POST", "webhooks", Map.of(), request("http://r/1"));
        Map<String, Object> w = list(obj(sim.get("webhooks")).get("Webhooks")).get(0);
        assertEquals("", w.get("ExternalBearerToken"));
        assertEquals("X-Dear-Event", list(w.get("ExternalHeaders")).get(0).get("Key"));
    }

    @Test
    void putIsAFullReplaceThatWipesAnOmittedToken() {
        Map<String, Object> created = list(obj(sim.call("POST", "webhooks", Map.of(), request("http://r/1")))
                .get("Webhooks")).get(0);
        Map<String, Object> put = map("ID", created.get("ID"), "Type", "Sale/OrderAuthorised", "IsActive", true,
                "ExternalURL", "http://r/2", "ExternalAuthorizationType", "bearerauth");
        assertEquals(200, sim.call("PUT", "webhooks", Map.of(), put).status());
        WebhookSubscription stored = sim.space().webhooks().all().get(0);
        assertEquals("", stored.bearerToken());
        assertEquals("http://r/2", stored.url());
        assertTrue(stored.headers().isEmpty());

        sim.sim.factory().create(TestSim.ACCOUNT, sim.space().sales(), Map.of());
        sim.advance(Duration.ofMinutes(2));
        assertEquals("Bearer ", sim.sent.get(0).headers().get("Authorization"));
        assertEquals(400, sim.call("PUT", "webhooks", Map.of(), map("Type", "Sale/Voided",
                "ExternalURL", "http://x")).status(), "PUT needs the ID");
    }

    @Test
    void deleteRemovesAndAnswersEmptyEnvelope() {
        String id = (String) list(obj(sim.call("POST", "webhooks", Map.of(), request("http://r/1")))
                .get("Webhooks")).get(0).get("ID");
        DearResponse r = sim.call("DELETE", "webhooks", TestSim.q("ID", id), null);
        assertEquals(200, r.status());
        assertTrue(list(obj(r).get("Webhooks")).isEmpty());
        assertTrue(sim.space().webhooks().all().isEmpty());
        assertEquals(400, sim.call("DELETE", "webhooks", TestSim.q("ID", id), null).status());
    }

    @Test
    void unknownTypeIsRejected() {
        Map<String, Object> bad = request("http://r/1");
        bad.put("Type", "Sale/Shipped");
        assertEquals(400, sim.call("POST", "webhooks", Map.of(), bad).status());
    }
}
