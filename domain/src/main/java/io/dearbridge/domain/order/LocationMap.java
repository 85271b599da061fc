package io.dearbridge.domain.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the warehouse's locations are in DEAR. DEAR moves stock only from its own locations and bins (docs/dear-api.md
 * §4.3: a location name, or {@code "<Location>: <Bin>"}), so a location the warehouse writes, such as the bin code
 * {@code A-03-02}, is translated before anything is queued. An account without a map picks every line from the
 * sale's own DEAR location. With a map, a warehouse location must be one of its keys, or already one of the DEAR
 * names it maps to; anything else is refused.
 *
 * <p>Written as {@code warehouse=DEAR name} or {@code warehouse=DEAR name|LocationID}, separated by commas or
 * semicolons, e.g. {@code A-03-02=Main Warehouse: A-03-02, DOCK=Main Warehouse|19aeca31-...}.
 */
public final class LocationMap {

    /** A DEAR location or bin: its name as DEAR spells it, and the location's GUID when known. */
    public record DearPlace(String name, String locationId) {
    }

    private static final LocationMap SALE_LOCATION = new LocationMap(Map.of());

    private final Map<String, DearPlace> entries;

    private LocationMap(Map<String, DearPlace> entries) {
        this.entries = entries;
    }

    /** No map: every line goes to DEAR from the sale's own location. */
    public static LocationMap saleLocation() {
        return SALE_LOCATION;
    }

    /** @throws IllegalArgumentException naming the entry that is not {@code key=name[|id]} */
    public static LocationMap parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return SALE_LOCATION;
        }
        Map<String, DearPlace> entries = new LinkedHashMap<>();
        for (String entry : spec.split("[,;]")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not warehouse-location=DEAR location");
            }
            String key = entry.substring(0, eq).trim();
            String value = entry.substring(eq + 1).trim();
            int bar = value.indexOf('|');
            String name = (bar < 0 ? value : value.substring(0, bar)).trim();
            String id = bar < 0 ? null : value.substring(bar + 1).trim();
            if (key.isEmpty() || name.isEmpty()) {
                throw new IllegalArgumentException("'" + entry.trim() + "' is not warehouse-location=DEAR location");
            }
            entries.put(normalise(key), new DearPlace(name, id == null || id.isEmpty() ? null : id.toLowerCase()));
        }
        return entries.isEmpty() ? SALE_LOCATION : new LocationMap(Map.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The DEAR place for a warehouse location; empty when the map does not know it. */
    public Optional<DearPlace> resolve(String warehouseLocation, String saleLocation) {
        if (entries.isEmpty()) {
            return Optional.of(new DearPlace(saleLocation, null));
        }
        if (warehouseLocation == null || warehouseLocation.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(warehouseLocation);
        DearPlace mapped = entries.get(key);
        if (mapped != null) {
            return Optional.of(mapped);
        }
        return entries.values().stream().filter(p -> normalise(p.name()).equals(key)).findFirst();
    }

    /** The warehouse locations the map knows, for messages. */
    public String describe() {
        List<String> keys = new ArrayList<>();
        entries.forEach((k, v) -> keys.add(k));
        return String.join(", ", keys);
    }

    private static String normalise(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
