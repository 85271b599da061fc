package io.dearbridge.simulator.control;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.stock.Bin;
import io.dearbridge.simulator.stock.DearLocation;
import io.dearbridge.simulator.stock.LocationBook;
import io.dearbridge.simulator.stock.Place;
import io.dearbridge.simulator.stock.Stockroom;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The control API's view of an account's places and stock: list and replace locations, set stock on hand. */
final class StockroomControl {

    private StockroomControl() {
    }

    static Map<String, Object> locations(Stockroom room) {
        Map<String, Object> m = Json.object();
        m.put("LocationList", room.locations().list().stream().map(DearLocation::toJson).toList());
        return m;
    }

    /**
     * {@code {"locations":[{"name","id"?,"deprecated"?,"bins":["A-1", {"name","id"?,"deprecated"?}]}]}} replaces
     * the list. Stock of places that no longer exist is forgotten.
     */
    static Map<String, Object> replaceLocations(Stockroom room, Map<String, Object> body) {
        List<Map<String, Object>> specs = Json.objects(body, "locations");
        if (specs.isEmpty()) {
            throw DearException.badRequest("locations are required");
        }
        List<DearLocation> list = new ArrayList<>();
        for (Map<String, Object> spec : specs) {
            String name = Json.string(spec, "name");
            if (name == null || name.isBlank() || name.contains(":")) {
                throw DearException.badRequest("every location needs a name without ':'");
            }
            String id = Json.string(spec, "id");
            String locationId = id == null || id.isBlank() ? LocationBook.stableId("location:" + name) : id;
            List<Bin> bins = new ArrayList<>();
            Object rawBins = Json.get(spec, "bins");
            if (rawBins instanceof List<?> binList) {
                for (Object b : binList) {
                    bins.add(bin(name, b));
                }
            }
            list.add(new DearLocation(locationId, name.trim(), Boolean.TRUE.equals(Json.bool(spec, "deprecated")),
                    bins));
        }
        room.locations().replace(list);
        room.stock().clear();
        return locations(room);
    }

    /** {@code {"lines":[{"sku","location","batch"?,"expiry"?,"quantity"}]}} sets stock on hand at each place. */
    static Map<String, Object> setStock(Stockroom room, Map<String, Object> body) {
        List<Map<String, Object>> lines = Json.objects(body, "lines");
        if (lines.isEmpty()) {
            throw DearException.badRequest("lines are required");
        }
        for (Map<String, Object> l : lines) {
            String sku = Json.string(l, "sku");
            BigDecimal qty = Json.decimal(l, "quantity");
            if (sku == null || sku.isBlank() || qty == null || qty.signum() < 0) {
                throw DearException.badRequest("every stock line needs a sku and a quantity of 0 or more");
            }
            Place place = room.locations().resolve(Json.string(l, "location"), Json.string(l, "locationId"), "");
            room.stock().set(sku, place, Json.string(l, "batch"), Json.string(l, "expiry"), qty);
        }
        return stock(room);
    }

    static Map<String, Object> stock(Stockroom room) {
        Map<String, Object> m = Json.object();
        m.put("stock", room.stock().toJson());
        return m;
    }

    private static Bin bin(String location, Object raw) {
        if (raw instanceof String s && !s.isBlank()) {
            return new Bin(LocationBook.stableId("bin:" + location + ": " + s.trim()), s.trim(), false);
        }
        if (raw instanceof Map<?, ?>) {
            Map<String, Object> spec = Json.asObject(raw, "bin");
            String name = Json.string(spec, "name");
            if (name != null && !name.isBlank()) {
                String id = Json.string(spec, "id");
                return new Bin(id == null || id.isBlank() ? LocationBook.stableId("bin:" + location + ": " + name.trim())
                        : id, name.trim(), Boolean.TRUE.equals(Json.bool(spec, "deprecated")));
            }
        }
        throw DearException.badRequest("every bin needs a name");
    }
}
