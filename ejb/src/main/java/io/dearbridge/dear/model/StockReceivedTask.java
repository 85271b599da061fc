package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One stock-received (or put-away) task: the body and answer of {@code POST purchase/stock} for a Simple purchase
 * ({@code TaskID} = the purchase's ID, PURCHASES.md §3.2), and each element of an Advanced purchase's
 * {@code StockReceiving} / {@code PutAway} lists (§3.3). {@code Status} DRAFT or AUTHORISED on writes; an empty
 * {@code Lines} with AUTHORISED authorises.
 */
public record StockReceivedTask(
        @JsonProperty("TaskID") String taskId,
        String status,
        List<StockReceivedLine> lines) {

    public List<StockReceivedLine> lines() {
        return lines == null ? List.of() : lines;
    }
}
