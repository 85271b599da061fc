package io.dearbridge.simulator.stock;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code stockadjustment} (docs/dear-api.md §6.5): new stock at a known place and batch, one per POST. */
class StockAdjustmentTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("STOVE-GAS-01", 3);

    private DearResponse post(Map<String, Object> line) {
        return sim.call("POST", "stockadjustment", Map.of(), map("Status", "COMPLETED", "EffectiveDate",
                "2025-03-24T00:00:00", "Reference", "WR-RESTOCK-1", "Lines", List.of(line)));
    }

    private static Map<String, Object> line(String location, String batch) {
        return batch == null
                ? map("SKU", "STOVE-GAS-01", "Location", location, "Quantity", 2, "UnitCost", 30)
                : map("SKU", "STOVE-GAS-01", "Location", location, "Quantity", 2, "UnitCost", 30, "BatchSN", batch);
    }

    @Test
    void refusalsAddNothing() {
        var room = sim.sim.lifecycle().stockroom(sale);
        room.stock().set("STOVE-GAS-01", room.locations().resolve("Main Warehouse: RETURNS", null, ""), "L-7", null,
                BigDecimal.ONE);
        DearResponse unknown = post(line("Returns Cage", "L-7"));
        assertEquals(400, unknown.status());
        assertEquals("Line 1: Location 'Returns Cage' not found.", exception(unknown));
        DearResponse noBatch = post(line("Main Warehouse: RETURNS", null));
        assertEquals(400, noBatch.status());
        assertEquals("Line 1: BatchSN is required for STOVE-GAS-01, which is batch tracked.", exception(noBatch));
        DearResponse noCost = sim.call("POST", "stockadjustment", Map.of(), map("Status", "COMPLETED",
                "EffectiveDate", "2025-03-24T00:00:00", "Lines", List.of(map("SKU", "STOVE-GAS-01",
                        "Location", "Main Warehouse", "Quantity", 1))));
        assertEquals(400, noCost.status());
        assertEquals(0, room.adjustments().count());
        assertEquals(new BigDecimal("1"), room.stock().toJson().get(0).get("onHand"));
    }

    @Test
    void aCompletedAdjustmentAddsStockAndEveryPostIsANewAdjustmentListedWithItsReference() {
        var room = sim.sim.lifecycle().stockroom(sale);
        room.stock().set("STOVE-GAS-01", room.locations().resolve("Main Warehouse: RETURNS", null, ""), "L-7", null,
                BigDecimal.ONE);
        DearResponse first = post(line("Main Warehouse: RETURNS", "L-7"));
        assertEquals(200, first.status(), () -> String.valueOf(first.body()));
        assertEquals("COMPLETED", obj(first).get("Status"));
        assertEquals(new BigDecimal("3"), room.stock().toJson().get(0).get("onHand"));
        assertEquals(200, post(line("Main Warehouse: RETURNS", "L-7")).status());
        assertEquals(new BigDecimal("5"), room.stock().toJson().get(0).get("onHand"), "not idempotent");

        List<Map<String, Object>> listed = list(obj(sim.get("stockadjustmentList", "Page", "1")).get("StockAdjustmentList"));
        assertEquals(2, listed.size());
        assertEquals("WR-RESTOCK-1", listed.get(0).get("Reference"));
        String taskId = (String) obj(first).get("TaskID");
        assertEquals("L-7", list(obj(sim.get("stockadjustment", "TaskID", taskId)).get("NewStockLines")).get(0)
                .get("BatchSN"));
    }
}
