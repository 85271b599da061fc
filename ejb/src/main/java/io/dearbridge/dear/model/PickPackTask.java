package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A fulfilment's pick or pack: the body of {@code sale/fulfilment/pick|pack} writes and of their responses,
 * and the {@code Pick}/{@code Pack} objects inside a fulfilment (which carry no {@code TaskID}).
 */
public record PickPackTask(
        @JsonProperty("TaskID") String taskId,
        String status,
        String autoPickMode,
        // Never written empty: an AUTOPICK body carries only TaskID and AutoPickMode (docs/dear-api.md §4.3).
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StockLine> lines) {

    public static final String AUTHORISED = "AUTHORISED";
    public static final String DRAFT = "DRAFT";

    public PickPackTask {
        lines = Lists.orEmpty(lines);
    }

    /** Finalises the stage with the given lines. */
    public static PickPackTask authorise(String taskId, List<StockLine> lines) {
        return new PickPackTask(taskId, AUTHORISED, null, lines);
    }

    /** Lets DEAR pick by itself; the pick becomes AUTHORISED (docs/dear-api.md §4.3 auto-pick). */
    public static PickPackTask autoPick(String taskId) {
        return new PickPackTask(taskId, null, "AUTOPICK", null);
    }
}
