package io.dearbridge.web.fulfilment;

import io.dearbridge.domain.order.StageLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One pick or pack line. */
@Schema(name = "StageLine")
public record LineBody(
        @Schema(required = true, example = "TENT-2P-GRN") String sku,
        @Schema(required = true, example = "2", description = "At most four decimals") BigDecimal quantity,
        @Schema(description = "Location or bin the stock was picked from; required on picks, taken from the pick on packs",
                example = "Main Warehouse: A-03-02") String location,
        @Schema(description = "Batch or serial number", example = "LOT-2026-11") String batch,
        @Schema(description = "Expiry date of the batch", example = "2028-01-31") LocalDate expiry,
        @Schema(description = "Box the line was packed in; required on packs", example = "Box 1") String box) {

    StageLine toLine() {
        return new StageLine(trim(sku), quantity, trim(location), trim(batch), expiry, trim(box));
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }
}
