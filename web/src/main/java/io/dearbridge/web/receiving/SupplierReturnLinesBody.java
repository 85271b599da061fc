package io.dearbridge.web.receiving;

import io.dearbridge.domain.receiving.SupplierReturnRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a supplier return: what goes back. */
@Schema(name = "SupplierReturnLines")
public record SupplierReturnLinesBody(
        @Schema(required = true)
        @NotEmpty(message = "lines are required: at least one returned item")
        @Size(max = 1000, message = "at most {max} lines in one supplier return")
        List<@NotNull(message = "a line is required, not null") @Valid SupplierReturnLineBody> lines) {

    List<SupplierReturnRequest> toRequests() {
        return lines == null ? List.of() : lines.stream().map(SupplierReturnLineBody::toRequest).toList();
    }
}
