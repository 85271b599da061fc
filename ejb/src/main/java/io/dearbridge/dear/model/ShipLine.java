package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A shipment line. DEAR takes the box as {@code Box} on write and returns it as {@code Boxes} on read
 * (docs/dear-api.md §1.7); {@link #boxName()} reads whichever is there. {@code ID} comes back on reads only.
 */
public record ShipLine(
        @JsonProperty("ID") String id,
        Instant shipmentDate,
        String carrier,
        String box,
        String boxes,
        String trackingNumber,
        @JsonProperty("TrackingURL") String trackingUrl,
        @JsonProperty("IsShipped") Boolean shipped) {

    /** A line to write: the box as packed, the carrier and its tracking number. */
    public static ShipLine shipped(Instant shipmentDate, String carrier, String box, String trackingNumber) {
        return new ShipLine(null, shipmentDate, carrier, box, null, trackingNumber, null, Boolean.TRUE);
    }

    public String boxName() {
        return boxes != null && !boxes.isBlank() ? boxes : box;
    }
}
