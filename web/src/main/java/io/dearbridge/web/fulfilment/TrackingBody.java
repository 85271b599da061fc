package io.dearbridge.web.fulfilment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New tracking for a shipment; carrier and URL stay as they were when left out. */
@Schema(name = "Tracking")
public record TrackingBody(
        @Schema(example = "StarTrack") String carrier,
        @Schema(required = true, example = "ST987654321AU") String trackingNumber,
        @Schema(example = "https://startrack.example/track/ST987654321AU") String trackingUrl) {
}
