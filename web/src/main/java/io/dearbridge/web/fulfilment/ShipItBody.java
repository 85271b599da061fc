package io.dearbridge.web.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.dearbridge.domain.order.ShipmentDetails;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The one-call path: DEAR picks by itself, everything goes into one box and ships. */
@Schema(name = "ShipIt")
public record ShipItBody(
        @Schema(required = true, example = "StarTrack") @NotBlank(message = "carrier is required") @Size(max = 256) String carrier,
        @Schema(example = "ST123456789AU") @Size(max = 256) String trackingNumber,
        @Schema(example = "https://startrack.example/track/ST123456789AU") @Size(max = 1024) @TrackingUrl String trackingUrl,
        @Schema(required = true, example = "2026-11-26") @NotNull(message = "shipDate is required") LocalDate shipDate,
        @Schema(description = "Box name, 'Box 1' when left out") @Size(max = 256) String box) {

    ShipmentDetails details() {
        return new ShipmentDetails(LineBody.trim(carrier), LineBody.trim(trackingNumber), LineBody.trim(trackingUrl),
                shipDate);
    }
}
