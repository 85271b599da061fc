package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.json.Json;
import java.math.BigDecimal;
import java.util.Map;

/** A pick or pack line (docs/dear-api.md §4.3); {@code box} and {@code warranty} only matter on pack. */
public record StageLine(String productId, String sku, String name, String location, String locationId,
                        BigDecimal quantity, String batchSN, String expiryDate, String box, String warranty) {

    public Map<String, Object> toJson(boolean pack) {
        Map<String, Object> m = Json.object();
        m.put("ProductID", productId);
        m.put("SKU", sku);
        m.put("Name", name);
        m.put("Location", location);
        m.put("LocationID", locationId);
        m.put("Quantity", quantity);
        m.put("BatchSN", batchSN);
        m.put("ExpiryDate", expiryDate);
        m.put("NonInventory", false);
        if (pack) {
            m.put("Box", box);
            m.put("WarrantyRegistrationNumber", warranty);
        }
        return m;
    }
}
