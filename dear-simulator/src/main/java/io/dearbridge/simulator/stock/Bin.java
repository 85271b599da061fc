package io.dearbridge.simulator.stock;

import io.dearbridge.simulator.json.Json;
import java.util.Map;

/** A bin inside a location, as {@code ref/location} lists it ({@code Bins[] {ID, Name, IsDeprecated, IsStaging}}). */
public record Bin(String id, String name, boolean deprecated) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = Json.object();
        m.put("ID", id);
        m.put("Name", name);
        m.put("IsDeprecated", deprecated);
        m.put("IsStaging", false);
        return m;
    }
}
