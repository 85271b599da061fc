package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** Where returned goods go back into stock: a pick line plus the restock location (docs/dear-api.md §6.2). */
public record RestockLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        String location,
        @JsonProperty("LocationID") String locationId,
        BigDecimal quantity,
        @JsonProperty("BatchSN") String batchSn,
        Instant expiryDate,
        String restockLocation,
        @JsonProperty("RestockLocationID") String restockLocationId) {
}
