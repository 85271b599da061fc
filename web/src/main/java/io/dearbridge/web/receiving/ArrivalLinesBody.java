package io.dearbridge.web.receiving;

import io.dearbridge.domain.receiving.ArrivalRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an arrival: what came in. */
@Schema(name = "ArrivalLines")
public record ArrivalLinesBody(
        @Schema(required = true)
        @NotEmpty(message = "lines are required: at least one received item")
        @Size(max = ArrivalLinesBody.MAX_LINES, message = "at most {max} lines in one arrival")
        List<@NotNull(message = "a line is required, not null") @Valid ArrivalLineBody> lines) {

    static final int MAX_LINES = 1000;

    List<ArrivalRequest> toRequests() {
        return lines == null ? List.of() : java.util.stream.IntStream.range(0, lines.size())
                .mapToObj(i -> lines.get(i).toRequest(i)).toList();
    }
}
