package io.dearbridge.it.dear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.TestAccounts;
import io.dearbridge.it.SimulatorAccount;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OverProtocol;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Throttling (503, 429), burst 403, errors inside a 200, and that writes are never retried, each set up
 * deterministically through the simulator's control API. Bridge-side windows are 2 s so waits stay short.
 */
@ExtendWith(ArquillianExtension.class)
class DearRoughEdgesIT {

    @Deployment
    @OverProtocol("Servlet 6.0")
    static EnterpriseArchive ear() {
        return Deployments.bridgeEarWith(DearRoughEdgesIT.class);
    }

    @Inject
    DearClient dear;

    @Inject
    AccountRegistry accounts;

    private record Box(DearAccount account, SimulatorAccount sim, String saleId) {
    }

    private Box sandbox(String code, int limit, int windowSeconds, int maxInFlight) {
        DearAccount account = TestAccounts.sandbox(accounts, code, limit, windowSeconds, maxInFlight);
        SimulatorAccount sim = TestAccounts.simulated(account);
        sim.settings("{\"rateLimit\":1000,\"rateWindowSeconds\":2}");
        String saleId = sim.createSale("{}").getString("ID");
        sim.clearCalls();
        return new Box(account, sim, saleId);
    }

    @Test
    void a503IsWaitedOutForTheWindowAndTheReadRetried() {
        Box box = sandbox("it-503", 100, 2, 2);
        box.sim.fault(1, 503, "GET", "sale", false, null);
        long start = System.nanoTime();
        assertEquals(box.saleId, dear.sale(box.account, box.saleId).id());
        assertTrue(System.nanoTime() - start >= 1_900_000_000L, "waited for the bridge's 2 s window");
        assertEquals(1, box.sim.count("GET", "sale", 503));
        assertEquals(1, box.sim.count("GET", "sale", 200));
    }

    @Test
    void theSimulatorsOwnLimitAnswering429IsSurvived() {
        Box box = sandbox("it-429", 100, 2, 1);
        box.sim.settings("{\"rateLimit\":3,\"rateWindowSeconds\":2,\"throttleStatus\":429}");
        for (int i = 0; i < 5; i++) {
            assertEquals(box.saleId, dear.sale(box.account, box.saleId).id());
        }
        assertTrue(box.sim.count("GET", "sale", 429) >= 1, "the bridge was configured faster than DEAR");
        assertEquals(5, box.sim.count("GET", "sale", 200));
    }

    @Test
    void pacedAtTheLimitNothingIsThrottled() throws Exception {
        Box box = sandbox("it-paced", 10, 2, 2);
        box.sim.settings("{\"rateLimit\":10,\"rateWindowSeconds\":2}");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                calls.add(pool.submit(() -> dear.sale(box.account, box.saleId)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, box.sim.throttled());
        assertEquals(25, box.sim.count("GET", "sale", 200));
    }

    @Test
    void maxInFlightKeepsClearOfTheBurst403() throws Exception {
        Box box = sandbox("it-inflight", 1000, 2, 1);
        box.sim.settings("{\"burstLimit\":1,\"latencyMs\":50}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> dear.sale(box.account, box.saleId)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, box.sim.count("GET", "sale", 403));
        assertEquals(12, box.sim.count("GET", "sale", 200));
    }

    @Test
    void aBurst403AfterSuccessIsTransientAndRetried() {
        Box box = sandbox("it-burst", 1000, 2, 2);
        dear.me(box.account);
        box.sim.fault(1, 403, "GET", "sale", false, "Incorrect credentials!");
        assertEquals(box.saleId, dear.sale(box.account, box.saleId).id());
        assertEquals(1, box.sim.count("GET", "sale", 403));
    }

    @Test
    void a403ThatPersistsIsCredentials() {
        Box box = sandbox("it-403", 1000, 2, 2);
        dear.me(box.account);
        box.sim.fault(10, 403, "GET", "sale", false, "Incorrect credentials!");
        DearCallException e = assertThrows(DearCallException.class, () -> dear.sale(box.account, box.saleId));
        assertEquals(FailureKind.CREDENTIALS, e.kind());
        assertEquals(403, e.httpStatus());
        assertEquals(3, box.sim.count("GET", "sale", 403), "two burst retries, then the keys are called bad");
    }

    @Test
    void anErrorInsideA200IsNotTrusted() {
        Box box = sandbox("it-200", 1000, 2, 2);
        box.sim.fault(1, 503, "GET", "sale", true, null);
        assertEquals(box.saleId, dear.sale(box.account, box.saleId).id(), "a throttle in a 200 is waited out");
        assertEquals(2, box.sim.count("GET", "sale", 200));

        box.sim.settings("{\"errorBodyAsArray\":true}");
        box.sim.fault(1, 400, "GET", "sale", true, "Something is wrong");
        DearCallException e = assertThrows(DearCallException.class, () -> dear.sale(box.account, box.saleId));
        assertEquals(FailureKind.PERMANENT, e.kind());
        assertEquals(200, e.httpStatus());
        assertTrue(e.dearMessage().endsWith("Something is wrong"), e.dearMessage());
    }

    @Test
    void writesAreNeverRetriedInTheCall() {
        Box box = sandbox("it-write", 1000, 2, 2);
        String task = dear.fulfilments(box.account, box.saleId).fulfilments().get(0).taskId();
        box.sim.fault(1, 503, "POST", "sale/fulfilment/pick", false, null);
        DearCallException throttled = assertThrows(DearCallException.class, () -> dear.autoPick(box.account, task));
        assertEquals(FailureKind.THROTTLED, throttled.kind());
        assertEquals(false, throttled.outcomeUnknown());

        box.sim.fault(1, 500, "POST", "sale/fulfilment/pick", false, null);
        DearCallException failed = assertThrows(DearCallException.class, () -> dear.autoPick(box.account, task));
        assertEquals(FailureKind.TRANSIENT, failed.kind());
        assertTrue(failed.outcomeUnknown(), "a 5xx on a write may or may not have landed");
        assertEquals(2, box.sim.calls().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("method").equals("POST")).count());
        assertEquals("AUTHORISED", dear.autoPick(box.account, task).status());
    }
}
