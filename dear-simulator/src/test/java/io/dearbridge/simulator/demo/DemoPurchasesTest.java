package io.dearbridge.simulator.demo;

import static io.dearbridge.simulator.TestSim.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoPurchasesTest {

    @Test
    void demoTicksRaisePurchaseOrdersThatFireTheirWebhook() {
        TestSim sim = new TestSim();
        sim.space().webhooks().create(map("Type", "Purchase/OrderAuthorised", "ExternalURL", "http://r/po"));
        Random always = new Random() {
            @Override
            public int nextInt(int bound) {
                return 0;
            }
        };
        DemoTraffic demo = new DemoTraffic(sim.sim, always);
        demo.tick();
        demo.tick();
        assertEquals(2, sim.space().purchases().all().size());
        sim.advance(Duration.ofMinutes(2));
        assertTrue(sim.sent.stream().anyMatch(s -> s.body().contains("PurchaseOrderNumber")));
    }
}
