package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a stock adjustment: new stock at a place and batch (docs/dear-api.md §6.5). */
public record StockAdjustmentLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String location,
        @JsonProperty("LocationID") String locationId,
        BigDecimal quantity,
        BigDecimal unitCost,
        @JsonProperty("BatchSN") String batchSn,
        Instant expiryDate,
        String comments) {
}
