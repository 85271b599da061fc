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
 * {@code AddTrackingNumbers} edit of an authorised shipment, which matches lines by {@code ID}, else by box, and
 * appends lines it cannot match.
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
                Json.string(l, "TrackingURL"), shipped == null || shipped);
    }

    /** @return whether any tracking number or carrier actually changed */
    static boolean apply(Fulfilment f, List<Map<String, Object>> raw, Supplier<String> ids) {
        List<ShipLine> lines = new ArrayList<>(f.shipLines());
        boolean changed = false;
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            int index = indexOf(lines, Json.string(l, "ID"), Json.string(l, "Box"));
            if (index < 0) {
                lines.add(read(l, n, ids));
                changed = true;
                continue;
            }
            ShipLine old = lines.get(index);
            ShipLine updated = old.withTracking(Json.string(l, "TrackingNumber"), Json.string(l, "Carrier"),
                    Json.string(l, "TrackingURL"));
            changed |= !Objects.equals(old.trackingNumber(), updated.trackingNumber())
                    || !Objects.equals(old.carrier(), updated.carrier());
            lines.set(index, updated);
        }
        f.replaceShipLines(lines);
        return changed;
    }

    private static int indexOf(List<ShipLine> lines, String id, String box) {
        for (int i = 0; i < lines.size(); i++) {
            if (id != null && id.equalsIgnoreCase(lines.get(i).id())) {
                return i;
            }
        }
        if (id == null && box != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (box.equals(lines.get(i).box())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
