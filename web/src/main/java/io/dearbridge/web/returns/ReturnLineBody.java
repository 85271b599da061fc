package io.dearbridge.web.returns;

import io.dearbridge.domain.returns.ItemCondition;
import io.dearbridge.domain.returns.ReturnRequest;
import io.dearbridge.web.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One returned item as the warehouse reports it. */
@Schema(name = "ReturnLine")
public record ReturnLineBody(
        @Schema(required = true, example = "STOVE-GAS-01") String sku,
        @Schema(required = true, example = "1", description = "Greater than 0, at most four decimals") BigDecimal quantity,
        @Schema(required = true, example = "RESTOCK", enumeration = {"RESTOCK", "WRITE_OFF"}) String condition,
        @Schema(description = "Where the item goes back into stock; required for RESTOCK",
                example = "Main Warehouse: RETURNS") String location) {

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
            throw new ProblemException(Response.Status.BAD_REQUEST, "lines[" + index + "].condition '" + condition
                    + "' is unknown; use one of " + Arrays.toString(ItemCondition.values()) + ".");
        }
    }
}
