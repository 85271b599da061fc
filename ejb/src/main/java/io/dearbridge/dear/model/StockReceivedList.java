package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * DEAR's answer to an Advanced purchase's stock or put-away write, and the GETs of them ({@code ?PurchaseID=}): every
 * task of the purchase, not only the one written (PURCHASES.md §3.3). The key is {@code StockReceiving} for stock and
 * {@code PutAway} for put-away.
 */
public record StockReceivedList(
        @JsonProperty("PurchaseID") String purchaseId,
        @JsonProperty("StockReceiving") List<StockReceivedTask> stockReceiving,
        @JsonProperty("PutAway") List<StockReceivedTask> putAway) {

    public List<StockReceivedTask> stockReceiving() {
        return stockReceiving == null ? List.of() : stockReceiving;
    }

    public List<StockReceivedTask> putAway() {
        return putAway == null ? List.of() : putAway;
    }
}
