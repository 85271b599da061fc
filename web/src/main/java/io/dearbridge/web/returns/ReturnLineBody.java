package io.dearbridge.web.returns;

import io.dearbridge.domain.returns.ItemCondition;
import io.dearbridge.domain.returns.ReturnRequest;
import io.dearbridge.web.problem.ProblemException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One returned item as the warehouse reports it. The limits are those of {@code return_received_line}
 * (V10): sku VARCHAR(100), quantity NUMERIC(19, 4), location VARCHAR(256); a longer value is a 400 here rather
 * than a database error after the checks of the return desk.
 */
@Schema(name = "ReturnLine")
public record ReturnLineBody(
        @Schema(required = true, example = "STOVE-GAS-01")
        @NotBlank(message = "sku is required") @Size(max = 100) String sku,
        @Schema(required = true, example = "1", description = "Greater than 0, at most four decimals")
        @NotNull(message = "quantity is required") @Positive(message = "must be greater than 0")
        @Digits(integer = 15, fraction = 4)
        @DecimalMax(value = "1000000000", inclusive = false, message = "must be less than 1000000000") BigDecimal quantity,
        @Schema(required = true, example = "RESTOCK", enumeration = {"RESTOCK", "WRITE_OFF"})
        @NotBlank(message = "condition is required: RESTOCK or WRITE_OFF")
        // Case and surrounding blanks are forgiven, as the parse below forgives them.
        @Pattern(regexp = "\\s*(RESTOCK|WRITE_OFF)\\s*", flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "is unknown; use RESTOCK or WRITE_OFF") String condition,
        @Schema(description = "Where the item goes back into stock; required for RESTOCK",
                example = "Main Warehouse: RETURNS") @Size(max = 256) String location) {

    ReturnRequest toRequest(int index) {
        return new ReturnRequest(sku == null ? null : sku.strip(), quantity, condition(index), location);
    }

    private ItemCondition condition(int index) {
        if (condition == null || condition.isBlank()) {
            return null;
        }
        try {
            return ItemCondition.valueOf(condition.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            // Bean Validation refuses this first; kept so a pattern that drifts from the enum is still a 400.
            throw new ProblemException(Response.Status.BAD_REQUEST, "lines[" + index + "].condition '" + condition
                    + "' is unknown; use one of " + Arrays.toString(ItemCondition.values()) + ".");
        }
    }
}
