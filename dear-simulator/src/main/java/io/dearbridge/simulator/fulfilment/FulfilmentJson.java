package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.json.Json;
import java.util.List;
import java.util.Map;

/** The fulfilment and stage objects as {@code GET sale}, {@code GET sale/fulfilment} and the stage calls show them. */
public final class FulfilmentJson {

    private FulfilmentJson() {
    }

    public static Map<String, Object> fulfilment(Fulfilment f) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", f.taskId());
        m.put("FulfillmentNumber", f.number());
        m.put("LinkedInvoiceNumber", null);
        m.put("FulFilmentStatus", f.fulfilmentStatus());
        m.put("Pick", stage(f.pickStatus(), f.pickLines(), false));
        m.put("Pack", stage(f.packStatus(), f.packLines(), true));
        m.put("Ship", ship(f, false));
        return m;
    }

    /** A stage call's echo: the stage object with its TaskID, as docs/dear-api.md §4.3 says writes return. */
    public static Map<String, Object> pickOrPack(Fulfilment f, boolean pack) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", f.taskId());
        m.putAll(pack ? stage(f.packStatus(), f.packLines(), true) : stage(f.pickStatus(), f.pickLines(), false));
        return m;
    }

    public static Map<String, Object> ship(Fulfilment f, boolean withTaskId) {
        Map<String, Object> m = Json.object();
        if (withTaskId) {
            m.put("TaskID", f.taskId());
        }
        m.put("Status", f.shipStatus());
        m.put("RequireBy", f.requireBy());
        Map<String, Object> address = f.shipAddress() == null ? null : f.shipAddress().toJson(true);
        if (address != null) {
            address.put("ShipToOther", f.shipToOther());
        }
        m.put("ShippingAddress", address);
        m.put("ShippingNotes", f.shippingNotes());
        m.put("Lines", f.shipLines().stream().map(ShipLine::toJson).toList());
        return m;
    }

    private static Map<String, Object> stage(String status, List<StageLine> lines, boolean pack) {
        Map<String, Object> m = Json.object();
        m.put("Status", status);
        m.put("Lines", lines.stream().map(l -> l.toJson(pack)).toList());
        return m;
    }
}
