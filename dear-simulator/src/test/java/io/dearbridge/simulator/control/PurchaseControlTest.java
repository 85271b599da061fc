package io.dearbridge.simulator.control;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseControlTest {

    private final TestSim sim = new TestSim();
    private final ControlApi api = new ControlApi(sim.sim);

    private Map<String, Object> raise(Object... spec) {
        DearResponse r = api.createPurchase(TestSim.ACCOUNT, map(spec));
        assertEquals(201, r.status(), String.valueOf(r.body()));
        return obj(r);
    }

    @Test
    void raiseAnswersASnapshotWithTheDearDocument() {
        Map<String, Object> p = raise("type", "Advanced", "approach", "INVOICE", "supplier", "Acme Supply",
                "lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 12)));
        assertEquals("Advanced Purchase", p.get("type"));
        assertEquals("INVOICE", p.get("approach"));
        assertEquals("ORDERED", p.get("status"));
        assertNotEquals(p.get("id"), p.get("orderTaskId"));
        Map<String, Object> doc = obj(p.get("document"));
        assertEquals("Acme Supply", doc.get("Supplier"));
        assertEquals(obj(sim.get("advanced-purchase", "ID", (String) p.get("id"))), doc);
    }

    @Test
    void invoiceThenReceiveAsADearUserShowsTasksAndCards() {
        String id = (String) raise("type", "Simple", "approach", "INVOICE",
                "lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 5))).get("id");
        assertEquals(400, api.purchaseAction(TestSim.ACCOUNT, id, "receive", Map.of()).status(),
                "Invoice first holds a DEAR user back too");
        assertEquals(200, api.purchaseAction(TestSim.ACCOUNT, id, "invoice", Map.of()).status());
        DearResponse r = api.purchaseAction(TestSim.ACCOUNT, id, "receive", map("lines",
                List.of(map("sku", "TENT-2P-GRN", "quantity", 5, "location", "Main Warehouse: A-03-02",
                        "batch", "B1"))));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        Map<String, Object> task = list(obj(r).get("tasks")).get(0);
        assertEquals("AUTHORISED", task.get("stockStatus"));
        Map<String, Object> line = list(task.get("stockLines")).get(0);
        assertNotNull(line.get("cardId"));
        assertEquals("Main Warehouse: A-03-02", line.get("location"));
        assertEquals("B1", line.get("batch"));
        assertEquals("COMPLETED", obj(r).get("status"));
    }

    @Test
    void touchGivesOldPurchasesOneNewLastUpdatedDate() {
        raise("age", "P90D", "announce", false);
        raise("age", "P60D", "announce", false);
        sim.advance(Duration.ofMinutes(1));
        Map<String, Object> touched = obj(api.touchPurchases(TestSim.ACCOUNT, Map.of()));
        assertEquals(2, touched.get("count"));
        List<Map<String, Object>> all = list(api.listPurchases(TestSim.ACCOUNT).body());
        assertTrue(all.stream().allMatch(p -> touched.get("lastUpdatedDate").equals(p.get("lastUpdatedDate"))));
    }

    @Test
    void unknownActionsAndPurchases() {
        String id = (String) raise().get("id");
        assertEquals(404, api.purchaseAction(TestSim.ACCOUNT, id, "explode", Map.of()).status());
        assertEquals(400, api.getPurchase(TestSim.ACCOUNT, "nope").status());
        assertEquals(404, api.getPurchase("no-account", id).status());
    }
}
