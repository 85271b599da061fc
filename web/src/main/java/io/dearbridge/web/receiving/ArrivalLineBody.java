package io.dearbridge.web.receiving;

import io.dearbridge.domain.receiving.ArrivalRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One received line as the warehouse reports it. The limits are those of {@code receipt_arrival_line} (V24): sku
 * VARCHAR(100), quantity NUMERIC(19, 4), location VARCHAR(256), batch VARCHAR(100) but DEAR takes 50 (PURCHASES.md
 * §3.1); expiry a date {@code YYYY-MM-DD}.
 */
@Schema(name = "ArrivalLine")
public record ArrivalLineBody(
        @Schema(required = true, example = "TENT-2P-GRN")
        @NotBlank(message = "sku is required") @Size(max = 100) String sku,
        @Schema(required = true, example = "12", description = "Greater than 0, at most four decimals")
        @NotNull(message = "quantity is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 15, fraction = 4)
        @DecimalMax(value = "1000000000", inclusive = false, message = "must be less than 1000000000") BigDecimal quantity,
        @Schema(required = true, example = "A-03-02", description = "The warehouse's own location name; the account's"
                + " location-map gives its DEAR place")
        @NotBlank(message = "location is required: where the goods were put") @Size(max = 256) String location,
        @Schema(example = "L2503", description = "Batch or serial number, for tracked stock") @Size(max = 50) String batch,
        @Schema(example = "2027-03-01", description = "Batch expiry, YYYY-MM-DD")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String expiry) {

    ArrivalRequest toRequest(int index) {
        return new ArrivalRequest(sku == null ? null : sku.strip(), quantity, location, batch, expiry(index));
    }

    private LocalDate expiry(int index) {
        if (expiry == null || expiry.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(expiry.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new io.dearbridge.web.problem.ProblemException(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                    "lines[" + index + "].expiry '" + expiry + "' is not a date (YYYY-MM-DD).");
        }
    }
}
