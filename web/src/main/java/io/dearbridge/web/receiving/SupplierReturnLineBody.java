package io.dearbridge.web.receiving;

import io.dearbridge.domain.receiving.SupplierReturnRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of goods going back to the supplier; limits those of {@code receipt_return_line} (V24). */
@Schema(name = "SupplierReturnLine")
public record SupplierReturnLineBody(
        @Schema(required = true, example = "TENT-2P-GRN")
        @NotBlank(message = "sku is required") @Size(max = 100) String sku,
        @Schema(required = true, example = "2", description = "Greater than 0, at most four decimals")
        @NotNull(message = "quantity is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 15, fraction = 4)
        @DecimalMax(value = "1000000000", inclusive = false, message = "must be less than 1000000000") BigDecimal quantity,
        @Schema(example = "torn fly sheet", description = "Why it goes back; the credit note line's comment")
        @Size(max = 1000) String reason) {

    SupplierReturnRequest toRequest() {
        return new SupplierReturnRequest(sku == null ? null : sku.strip(), quantity, reason);
    }
}
