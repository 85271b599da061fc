package io.dearbridge.simulator.fulfilment;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.fulfilment.StageFixtures.pickOrPack;
import static io.dearbridge.simulator.fulfilment.StageFixtures.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/dear-api.md §4.2, one rule per test. */
class StagePreconditionsTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("TENT-2P-GRN", 2, "STOVE-GAS-01", 3);
    private final String task = sale.fulfilments().get(0).taskId();

    private DearResponse post(String stage, Map<String, Object> body) {
        return sim.call("POST", "sale/fulfilment/" + stage, Map.of(), body);
    }

    private DearResponse put(String stage, Map<String, Object> body) {
        return sim.call("PUT", "sale/fulfilment/" + stage, Map.of(), body);
    }

    @Test
    void firstTaskIdIsAGuidDistinctFromTheSaleId() {
        assertNotEquals(sale.id(), task);
        assertTrue(task.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void pickRejectedWhenOrderNotAuthorised() {
        Sale draft = sim.newSale(map("authorise", false));
        sim.sim.lifecycle().authorise(draft);
        String t = draft.fulfilments().get(0).taskId();
        sim.sim.lifecycle().undo(draft);
        assertEquals(400, post("pick", pickOrPack(t, "DRAFT", "TENT-2P-GRN", 1)).status());
        Sale voided = sim.newSale();
        String vt = voided.fulfilments().get(0).taskId();
        sim.sim.lifecycle().voidSale(voided);
        DearResponse r = post("pick", pickOrPack(vt, "DRAFT", voided.lines().get(0).sku(), 1));
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("Order status must be AUTHORISED"));
    }

    @Test
    void pickDraftSavesThenAuthorisedFinalisesThenFurtherWritesRejected() {
        DearResponse draft = post("pick", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 1));
        assertEquals(200, draft.status());
        assertEquals("DRAFT", obj(draft).get("Status"));
        assertEquals(task, obj(draft).get("TaskID"));
        assertEquals(200, put("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3)).status());
        DearResponse again = post("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        assertEquals(400, again.status());
        assertEquals("Pick status must be DRAFT or NOT AVAILABLE to save the pick. Current status: AUTHORISED",
                exception(again));
    }

    @Test
    void pickLineValidation() {
        assertEquals(400, post("pick", map("TaskID", task, "Status", "DRAFT",
                "Lines", List.of(map("Location", "Main Warehouse", "Quantity", 1)))).status());
        assertEquals(400, post("pick", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 0)).status());
        assertEquals(400, post("pick", map("TaskID", task, "Status", "DRAFT",
                "Lines", List.of(map("SKU", "TENT-2P-GRN")))).status());
        assertEquals(400, post("pick", map("TaskID", task, "Status", "DRAFT",
                "Lines", List.of(map("SKU", "TENT-2P-GRN", "Quantity", 1)))).status(), "location required");
        assertEquals(400, post("pick", pickOrPack(task, "DRAFT", "NOT-ON-ORDER", 1)).status());
        assertEquals(400, post("pick", pickOrPack(task, "AUTHORISED")).status(), "empty authorise");
    }

    @Test
    void pickAboveOrderedIsRejected() {
        DearResponse r = post("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 3));
        assertEquals(400, r.status());
        assertEquals("NOT AVAILABLE", sale.fulfilments().get(0).pickStatus(), "a refused write changes nothing");
    }

    @Test
    void packRejectedUntilPickAuthorised() {
        DearResponse r = post("pack", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 1));
        assertEquals(400, r.status());
        post("pick", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        assertEquals(400, post("pack", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 1)).status());
    }

    @Test
    void packRejectedOnceAuthorisedAndAbovePicked() {
        post("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        assertEquals(400, post("pack", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 3)).status());
        assertEquals(200, post("pack", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3)).status());
        DearResponse again = post("pack", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        assertEquals(400, again.status());
        assertTrue(exception(again).startsWith("Pack status must be DRAFT or NOT AVAILABLE"));
    }

    @Test
    void shipRejectedUntilPackAuthorised() {
        post("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        post("pack", pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        DearResponse r = post("ship", ship(task, "AUTHORISED", "AB1"));
        assertEquals(400, r.status());
        assertTrue(exception(r).startsWith("Pack must be AUTHORISED"));
    }

    @Test
    void shipRejectedOnceAuthorisedOrPartiallyAuthorised() {
        authorisePickAndPack();
        assertEquals(200, post("ship", ship(task, "PARTIALLY AUTHORISED", "AB1")).status());
        assertEquals(400, post("ship", ship(task, "AUTHORISED", "AB1")).status());
        assertEquals(400, put("ship", ship(task, "AUTHORISED", "AB2")).status(), "PUT without AddTrackingNumbers");
    }

    @Test
    void shipLinesNeedShipmentDateAndReadBackBoxesWithAnId() {
        authorisePickAndPack();
        assertEquals(400, post("ship", map("TaskID", task, "Status", "AUTHORISED",
                "Lines", List.of(map("Box", "CTN-1", "TrackingNumber", "X")))).status());
        DearResponse r = post("ship", ship(task, "AUTHORISED", "AB1234567890AU"));
        assertEquals(200, r.status());
        Map<String, Object> line = list(obj(r).get("Lines")).get(0);
        assertEquals("CTN-1", line.get("Boxes"));
        assertTrue(!line.containsKey("Box"));
        assertTrue(((String) line.get("ID")).length() == 36);
        Map<String, Object> read = obj(sim.get("sale/fulfilment/ship", "TaskID", task));
        assertEquals("AUTHORISED", read.get("Status"));
        assertEquals("AB1234567890AU", list(read.get("Lines")).get(0).get("TrackingNumber"));
    }

    @Test
    void unknownTaskIs400() {
        assertEquals(400, sim.get("sale/fulfilment/pick", "TaskID", "00000000-0000-0000-0000-000000000001").status());
    }

    private void authorisePickAndPack() {
        assertEquals(200, post("pick", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3)).status());
        assertEquals(200, post("pack", pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3)).status());
    }
}
