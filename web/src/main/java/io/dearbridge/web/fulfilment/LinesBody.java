package io.dearbridge.web.fulfilment;

import io.dearbridge.domain.order.StageLine;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pick or a pack: its lines. */
@Schema(name = "StageLines")
public record LinesBody(@Schema(required = true) List<LineBody> lines) {

    List<StageLine> toLines() {
        List<StageLine> result = new ArrayList<>();
        if (lines != null) {
            lines.forEach(l -> result.add(l == null ? null : l.toLine()));
        }
        return result;
    }
}
