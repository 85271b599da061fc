package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.line;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.throttle.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Purchases meet DEAR's rough edges as sales do: a write stored before the answer is lost, errors inside a 200. */
class PurchaseRoughEdgesTest {

    private static final String BIN_A = "Main Warehouse: A-03-02";

    private final TestSim sim = new TestSim();

    @Test
    void aSimpleStockWriteStoredBeforeA503IsTheDuplicateWhenSentAgain() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        sim.space().faults().add(new Fault(1, 503, "POST", "purchase/stock", false, null, true, 0));
        Map<String, Object> body = map("TaskID", p.id(), "Status", "DRAFT", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A)));
        assertEquals(503, post(sim, "purchase/stock", body).status());
        DearResponse again = post(sim, "purchase/stock", body);
        assertEquals(400, again.status());
        assertTrue(exception(again).startsWith("Cannot add duplicate value"), exception(again));
        assertEquals(1, list(obj(sim.get("purchase/stock", "TaskID", p.id())).get("Lines")).size());
    }

    @Test
    void anAdvancedStockWriteWithoutTaskIdStoredBeforeA503MakesASecondTaskWhenBlindlyRetried() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        sim.space().faults().add(new Fault(1, 503, "POST", "advanced-purchase/stock", false, null, true, 0));
        Map<String, Object> body = map("PurchaseID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, null)));
        assertEquals(503, post(sim, "advanced-purchase/stock", body).status());
        assertEquals(200, post(sim, "advanced-purchase/stock", body).status());
        assertEquals(2, list(obj(sim.get("advanced-purchase/stock", "PurchaseID", p.id())).get("StockReceiving"))
                .size(), "never blind-retry: re-read first");
    }

    @Test
    void anErrorInsideA200ChangesNothing() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        sim.space().faults().add(new Fault(1, 500, "POST", "purchase/stock", true, null, false, 0));
        DearResponse r = post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        assertEquals(200, r.status());
        assertEquals(500, obj(r).get("ErrorCode"));
        assertEquals("NOT AVAILABLE", obj(sim.get("purchase/stock", "TaskID", p.id())).get("Status"));
    }

    @Test
    void errorBodiesAsAnArrayApplyToPurchaseRefusals() {
        sim.space().updateSettings(map("errorBodyAsArray", true));
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "INVOICE", "TENT-2P-GRN", 10);
        DearResponse r = post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "DRAFT", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        assertEquals(400, r.status());
        assertTrue(r.body() instanceof List<?>);
        assertEquals(PurchaseService.INVOICE_FIRST, exception(r));
    }
}
