package io.dearbridge.web.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New tracking for a shipment; carrier and URL stay as they were when left out. */
@Schema(name = "Tracking")
public record TrackingBody(
        @Schema(example = "StarTrack") @Size(max = 256) String carrier,
        @Schema(required = true, example = "ST987654321AU") @NotBlank(message = "trackingNumber is required") @Size(max = 256) String trackingNumber,
        @Schema(example = "https://startrack.example/track/ST987654321AU") @Size(max = 1024) @TrackingUrl String trackingUrl) {
}
