package io.dearbridge.web.fulfilment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.dearbridge.domain.order.ShipmentDetails;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A shipment: how it left and which packed boxes went (all of the pack's boxes when left out). */
@Schema(name = "Shipment")
public record ShipmentBody(
        @Schema(required = true, example = "StarTrack") @NotBlank(message = "carrier is required") @Size(max = 256) String carrier,
        @Schema(example = "ST123456789AU") @Size(max = 256) String trackingNumber,
        @Schema(example = "https://startrack.example/track/ST123456789AU") @Size(max = 1024) @TrackingUrl String trackingUrl,
        @Schema(required = true, example = "2026-11-26") @NotNull(message = "shipDate is required") LocalDate shipDate,
        @Schema(description = "Box names as packed; every box of the pack must ship together") List<@NotBlank @Size(max = 256) String> boxes) {

    ShipmentDetails details() {
        return new ShipmentDetails(LineBody.trim(carrier), LineBody.trim(trackingNumber), LineBody.trim(trackingUrl),
                shipDate);
    }
}
