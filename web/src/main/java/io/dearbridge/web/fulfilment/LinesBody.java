package io.dearbridge.web.fulfilment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.dearbridge.domain.order.StageLine;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pick or a pack: its lines. */
@Schema(name = "StageLines")
public record LinesBody(
        @Schema(required = true) @NotEmpty(message = "at least one line is required")
        // A bound far above any real pick or pack, so one body cannot make the desk walk millions of lines.
        @Size(max = LinesBody.MAX_LINES, message = "at most {max} lines in one pick or pack")
        List<@NotNull @Valid LineBody> lines) {

    static final int MAX_LINES = 1000;

    List<StageLine> toLines() {
        List<StageLine> result = new ArrayList<>();
        if (lines != null) {
            lines.forEach(l -> result.add(l == null ? null : l.toLine()));
        }
        return result;
    }
}
