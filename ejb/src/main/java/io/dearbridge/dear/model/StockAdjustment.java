package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A stock adjustment: the body of {@code POST stockadjustment} ({@code Lines}) and DEAR's answer ({@code NewStockLines},
 * {@code ExistingStockLines}), docs/dear-api.md §6.5. Every POST creates a new one, so it is never retried blindly:
 * look for its {@code Reference} in {@code stockadjustmentList} first.
 */
public record StockAdjustment(
        @JsonProperty("TaskID") String taskId,
        String stocktakeNumber,
        Instant effectiveDate,
        String account,
        String reference,
        String status,
        List<StockAdjustmentLine> lines,
        List<StockAdjustmentLine> newStockLines,
        List<StockAdjustmentLine> existingStockLines) {

    public static final String COMPLETED = "COMPLETED";
}
