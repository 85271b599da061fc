package io.dearbridge.simulator.stock;

import io.dearbridge.simulator.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A DEAR location (a warehouse or store) with its bins, shaped like a {@code ref/location} list item. */
public record DearLocation(String id, String name, boolean deprecated, List<Bin> bins) {

    public DearLocation {
        bins = List.copyOf(bins);
    }

    public Optional<Bin> bin(String binName) {
        return bins.stream().filter(b -> b.name().equalsIgnoreCase(binName.trim())).findFirst();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = Json.object();
        m.put("ID", id);
        m.put("Name", name);
        m.put("IsDefault", false);
        m.put("IsDeprecated", deprecated);
        m.put("Bins", bins.isEmpty() ? null : bins.stream().map(Bin::toJson).toList());
        m.put("FixedAssetsLocation", false);
        m.put("ParentID", null);
        m.put("ParentName", null);
        m.put("ReferenceCount", 0);
        m.put("AddressLine1", "");
        m.put("AddressLine2", "");
        m.put("AddressCitySuburb", "");
        m.put("AddressStateProvince", "");
        m.put("AddressZipPostCode", "");
        m.put("AddressCountry", "");
        m.put("PickZones", null);
        m.put("IsShopfloor", false);
        m.put("IsCoMan", false);
        m.put("IsStaging", false);
        return m;
    }
}
