package io.dearbridge.simulator.fulfilment;

import static io.dearbridge.simulator.TestSim.map;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Request bodies shaped like fixtures/pick-request.json, pack-request.json and ship-request.json. */
final class StageFixtures {

    private StageFixtures() {
    }

    static Map<String, Object> pickOrPack(String taskId, String status, Object... skuQty) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(map("SKU", skuQty[i], "Location", "Main Warehouse: A-03-02",
                    "Quantity", new BigDecimal(skuQty[i + 1].toString()), "Box", "CTN-1"));
        }
        return map("TaskID", taskId, "Status", status, "Lines", lines);
    }

    static Map<String, Object> ship(String taskId, String status, String tracking) {
        return map("TaskID", taskId, "Status", status, "Lines", List.of(map("ShipmentDate", "2025-03-11T00:00:00",
                "Carrier", "StarTrack", "Box", "CTN-1", "TrackingNumber", tracking, "TrackingURL", "",
                "IsShipped", true)));
    }
}
