package io.dearbridge.web.returns;

import io.dearbridge.domain.returns.ReturnRequest;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a receipt or a dock return: what came back. */
@Schema(name = "ReturnLines")
public record ReturnLinesBody(@Schema(required = true) List<ReturnLineBody> lines) {

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
