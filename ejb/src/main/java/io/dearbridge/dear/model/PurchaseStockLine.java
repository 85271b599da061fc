package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** A received or put-away line; {@code CardID} is DEAR's stock card, which a credit note's Unstock line quotes. */
public record PurchaseStockLine(
        Instant date,
        BigDecimal quantity,
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        String location,
        @JsonProperty("LocationID") String locationId,
        @JsonProperty("BatchSN") String batchSn,
        Instant expiryDate,
        @JsonProperty("SupplierSKU") String supplierSku,
        @JsonProperty("CardID") String cardId,
        Boolean received) {
}
