package io.dearbridge.web.fulfilment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import io.dearbridge.domain.order.StageLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One pick or pack line. */
@Schema(name = "StageLine")
public record LineBody(
        @Schema(required = true, example = "TENT-2P-GRN") @NotBlank(message = "sku is required") @Size(max = 100) String sku,
        // DEAR refuses a pick or pack line below 1 (docs/dear-api.md §4.3), so it is refused here before anything is
        // stored, not after a 202 as a failed push.
        @Schema(required = true, example = "2", description = "At least 1, at most four decimals")
        @NotNull(message = "quantity is required") @DecimalMin(value = "1", message = "must be at least 1")
        @Digits(integer = 15, fraction = 4) BigDecimal quantity,
        @Schema(description = "Location or bin the stock was picked from; required on picks, taken from the pick on packs",
                example = "Main Warehouse: A-03-02") @Size(max = 256) String location,
        @Schema(description = "Batch or serial number", example = "LOT-2026-11") @Size(max = 256) String batch,
        @Schema(description = "Expiry date of the batch", example = "2028-01-31") LocalDate expiry,
        @Schema(description = "Box the line was packed in; required on packs", example = "Box 1") @Size(max = 256) String box) {

    StageLine toLine() {
        return new StageLine(trim(sku), quantity, trim(location), trim(batch), expiry, trim(box));
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
