package io.dearbridge.simulator.api;

import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.stock.DearLocation;
import io.dearbridge.simulator.stock.LocationBook;
import java.util.List;
import java.util.Map;

/**
 * {@code GET ref/location} (docs/dear-api.md §4.3): {@code {"Total","Page","LocationList":[...]}} with each location's
 * {@code Bins}; filters {@code ID}, {@code Name} (starts with) and {@code Deprecated}, paged like every list.
 */
final class LocationList {

    private LocationList() {
    }

    static Map<String, Object> page(LocationBook book, DearRequest req) {
        String id = req.param("ID");
        String name = req.param("Name");
        String deprecated = req.param("Deprecated");
        List<DearLocation> matching = book.list().stream()
                .filter(l -> id == null || l.id().equalsIgnoreCase(id))
                .filter(l -> name == null || l.name().toLowerCase().startsWith(name.toLowerCase()))
                .filter(l -> deprecated == null || l.deprecated() == Boolean.parseBoolean(deprecated))
                .toList();
        int page = positive(req.param("Page"), 1, "Page");
        int limit = positive(req.param("Limit"), 100, "Limit");
        Map<String, Object> m = Json.object();
        m.put("Total", matching.size());
        m.put("Page", page);
        m.put("LocationList", matching.stream().skip((long) (page - 1) * limit).limit(limit)
                .map(DearLocation::toJson).toList());
        return m;
    }

    static int positive(String text, int fallback, String what) {
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DearException.badRequest(what + " must be a whole number from 1 to 1000.");
    }
}
