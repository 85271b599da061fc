package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST advanced-purchase/stock} and {@code POST advanced-purchase/put-away} (PURCHASES.md §3.3):
 * the purchase, the receiving task ({@code TaskID}; absent or the empty GUID creates a new task on the stock POST),
 * {@code Status} and {@code Lines}.
 */
public record StockReceivedAdvanced(
        @JsonProperty("PurchaseID") String purchaseId,
        @JsonProperty("TaskID") String taskId,
        String status,
        List<StockReceivedLine> lines) {

    /** DEAR's "new task" TaskID. */
    public static final String NEW_TASK = "00000000-0000-0000-0000-000000000000";
}
