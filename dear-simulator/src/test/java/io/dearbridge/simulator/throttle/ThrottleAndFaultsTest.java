package io.dearbridge.simulator.throttle;

import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThrottleAndFaultsTest {

    private final TestSim sim = new TestSim();

    @Test
    void sixtyFirstCallWithinSixtySecondsIs503WithDearText() {
        for (int i = 0; i < 60; i++) {
            assertEquals(200, sim.get("me").status());
        }
        DearResponse r = sim.get("me");
        assertEquals(503, r.status());
        assertEquals(Map.of("ErrorCode", 503, "Exception", "You have reached 60 calls per 60 seconds API limit."),
                r.body());
        assertEquals(503, sim.space().calls().since(0).get(60).status(), "throttled calls are logged");
    }

    @Test
    void windowSlides() {
        for (int i = 0; i < 30; i++) {
            sim.get("me");
        }
        sim.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 30; i++) {
            assertEquals(200, sim.get("me").status());
        }
        assertEquals(503, sim.get("me").status());
        sim.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 30; i++) {
            assertEquals(200, sim.get("me").status());
        }
        assertEquals(503, sim.get("me").status());
    }

    @Test
    void configurableLimitAnd429() {
        sim.space().updateSettings(Map.of("rateLimit", 2, "rateWindowSeconds", 10, "throttleStatus", 429));
        sim.get("me");
        sim.get("me");
        DearResponse r = sim.get("me");
        assertEquals(429, r.status());
        assertEquals(429, obj(r).get("ErrorCode"));
        assertEquals("You have reached 2 calls per 10 seconds API limit.", obj(r).get("Exception"));
        sim.advance(Duration.ofSeconds(11));
        assertEquals(200, sim.get("me").status());
    }

    @Test
    void limitIsPerApplicationKeyUnlessPerAccount() {
        sim.space().account().addKey("55555555-5555-5555-5555-555555555555");
        sim.space().updateSettings(Map.of("rateLimit", 1));
        assertEquals(200, sim.get("me").status());
        assertEquals(200, sim.callAs(TestSim.ACCOUNT, "55555555-5555-5555-5555-555555555555", "GET", "me",
                Map.of(), null).status());
        sim.advance(Duration.ofMinutes(2));
        sim.space().updateSettings(Map.of("rateLimitPerAccount", true));
        assertEquals(200, sim.get("me").status());
        assertEquals(503, sim.callAs(TestSim.ACCOUNT, "55555555-5555-5555-5555-555555555555", "GET", "me",
                Map.of(), null).status());
    }

    @Test
    void throttledWritesChangeNothing() {
        Sale sale = sim.newSale();
        sim.space().updateSettings(Map.of("rateLimit", 0));
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", sale.fulfilments().get(0).taskId(), "AutoPickMode", "AUTOPICK"));
        assertEquals(503, r.status());
        assertEquals("NOT AVAILABLE", sale.fulfilments().get(0).pickStatus());
    }

    @Test
    void burstAboveInFlightLimitIs403() {
        sim.space().updateSettings(Map.of("burstLimit", 1));
        assertTrue(sim.space().burst().enter(1), "one call in flight");
        DearResponse r = sim.get("me");
        assertEquals(403, r.status());
        assertEquals("Incorrect credentials!", r.body());
        sim.space().burst().exit();
        assertEquals(200, sim.get("me").status());
    }

    @Test
    void errorWith200AndErrorAsArray() {
        TestSim always = new TestSim(0.0);
        always.space().updateSettings(Map.of("errorWith200Rate", 0.5, "errorBodyAsArray", true));
        DearResponse r = always.get("me");
        assertEquals(200, r.status());
        assertTrue(r.body() instanceof List<?>);
        assertEquals(500, obj(((List<?>) r.body()).get(0)).get("ErrorCode"));
    }

    @Test
    void errorAsArrayOnValidationErrorsToo() {
        sim.space().updateSettings(Map.of("errorBodyAsArray", true));
        DearResponse r = sim.get("saleList", "Limit", "5000");
        assertEquals(400, r.status());
        assertEquals(400, obj(((List<?>) r.body()).get(0)).get("ErrorCode"));
    }

    @Test
    void randomFailureRateAnswersFailureStatus() {
        TestSim always = new TestSim(0.0);
        always.space().updateSettings(Map.of("failureRate", 0.3, "failureStatus", 502));
        assertEquals(502, always.get("me").status());
        TestSim never = new TestSim(0.9);
        never.space().updateSettings(Map.of("failureRate", 0.3));
        assertEquals(200, never.get("me").status());
    }

    @Test
    void faultsHitExactlyTheNextMatchingCalls() {
        sim.space().faults().add(new Fault(2, 503, "GET", "saleList", false, null));
        sim.space().faults().add(new Fault(1, 500, null, "sale", true, "boom"));
        assertEquals(200, sim.get("me").status(), "path does not match");
        assertEquals(503, sim.get("saleList").status());
        DearResponse withBody = sim.get("sale", "ID", "x");
        assertEquals(200, withBody.status());
        assertEquals(Map.of("ErrorCode", 500, "Exception", "boom"), withBody.body());
        assertEquals(503, sim.get("saleList").status());
        assertEquals(200, sim.get("saleList").status());
        assertEquals(400, sim.get("sale", "ID", "x").status(), "fault spent: real answer again");
    }
}
