package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Ship lines: reading them (ShipmentDate required; {@code Box} in, DEAR assigns an {@code ID}) and the
 * {@code AddTrackingNumbers} edit of an authorised shipment. That edit updates the lines whose {@code ID} it names
 * and adds every line without an {@code ID} as a new one (docs/dear-api.md §4.3: a POST "will add new supplied
 * entries"), so a client that wants to change a line must send its ID. An ID that is not on the shipment is refused.
 * {@code TrackingURL} is read-only (docs/dear-api.md §4.3): what a client sends is ignored.
 */
final class ShipTracking {

    private ShipTracking() {
    }

    static List<ShipLine> readLines(List<Map<String, Object>> raw, Supplier<String> ids) {
        List<ShipLine> lines = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            lines.add(read(l, n, ids));
        }
        return lines;
    }

    private static ShipLine read(Map<String, Object> l, int n, Supplier<String> ids) {
        String date = Json.string(l, "ShipmentDate");
        if (date == null || date.isBlank()) {
            throw DearException.badRequest("Line " + n + ": ShipmentDate is required.");
        }
        String box = Json.string(l, "Box");
        if (box == null) {
            box = Json.string(l, "Boxes");
        }
        Boolean shipped = Json.bool(l, "IsShipped");
        return new ShipLine(ids.get(), date, Json.string(l, "Carrier"), box, Json.string(l, "TrackingNumber"),
                null, shipped == null || shipped);
    }

    /** @return whether any tracking number or carrier actually changed */
    static boolean apply(Fulfilment f, List<Map<String, Object>> raw, Supplier<String> ids) {
        List<ShipLine> lines = new ArrayList<>(f.shipLines());
        boolean changed = false;
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            String id = Json.string(l, "ID");
            if (id == null || id.isBlank()) {
                lines.add(read(l, n, ids));
                changed = true;
                continue;
            }
            int index = indexOf(lines, id);
            if (index < 0) {
                throw DearException.badRequest("Line " + n + ": shipment line with ID " + id + " not found.");
            }
            ShipLine old = lines.get(index);
            ShipLine updated = old.withTracking(Json.string(l, "TrackingNumber"), Json.string(l, "Carrier"), null);
            changed |= !Objects.equals(old.trackingNumber(), updated.trackingNumber())
                    || !Objects.equals(old.carrier(), updated.carrier());
            lines.set(index, updated);
        }
        f.replaceShipLines(lines);
        return changed;
    }

    private static int indexOf(List<ShipLine> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (id.trim().equalsIgnoreCase(lines.get(i).id())) {
                return i;
            }
        }
        return -1;
    }
}
