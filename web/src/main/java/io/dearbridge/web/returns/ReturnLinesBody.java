package io.dearbridge.web.returns;

import io.dearbridge.domain.returns.ReturnRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a receipt or a dock return: what came back. */
@Schema(name = "ReturnLines")
public record ReturnLinesBody(
        @Schema(required = true)
        @NotEmpty(message = "lines are required: at least one returned item")
        // A bound far above any real return, so one body cannot make the return desk walk millions of lines.
        @Size(max = ReturnLinesBody.MAX_LINES, message = "at most {max} lines in one return")
        List<@NotNull(message = "a line is required, not null") @Valid ReturnLineBody> lines) {

    static final int MAX_LINES = 1000;

    List<ReturnRequest> toRequests() {
        List<ReturnRequest> requests = new ArrayList<>();
        if (lines != null) {
            for (int i = 0; i < lines.size(); i++) {
                requests.add(lines.get(i) == null ? null : lines.get(i).toRequest(i));
            }
        }
        return requests;
    }
}
