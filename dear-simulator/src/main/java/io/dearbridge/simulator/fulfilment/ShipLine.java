package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.json.Json;
import java.util.Map;

/** A shipment line: written with {@code Box}, read back as {@code Boxes}, and given an {@code ID} by DEAR. */
public record ShipLine(String id, String shipmentDate, String carrier, String box, String trackingNumber,
                       String trackingUrl, boolean shipped) {

    public ShipLine withTracking(String newTracking, String newCarrier, String newUrl) {
        return new ShipLine(id, shipmentDate, newCarrier != null ? newCarrier : carrier, box,
                newTracking != null ? newTracking : trackingNumber, newUrl != null ? newUrl : trackingUrl, shipped);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = Json.object();
        m.put("ID", id);
        m.put("ShipmentDate", shipmentDate);
        m.put("Carrier", carrier);
        m.put("Boxes", box);
        m.put("TrackingNumber", trackingNumber);
        m.put("TrackingURL", trackingUrl == null ? "" : trackingUrl);
        m.put("IsShipped", shipped);
        return m;
    }
}
