package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stock-received or put-away line (PURCHASES.md §3.1): {@code Date} is required on writes; {@code Location} or
 * {@code LocationID} (a bin's GUID receives straight into the bin); batch or serial and expiry for tracked stock.
 * {@code CardID} is DEAR's, set on save: a purchase credit note's Unstock line quotes it.
 */
public record StockReceivedLine(
        @JsonProperty("Date") Instant date,
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        BigDecimal quantity,
        String location,
        @JsonProperty("LocationID") String locationId,
        @JsonProperty("BatchSN") String batchSn,
        Instant expiryDate,
        @JsonProperty("CardID") String cardId) {

    public static StockReceivedLine of(Instant date, String sku, BigDecimal quantity, String location,
                                       String locationId, String batchSn, Instant expiryDate) {
        return new StockReceivedLine(date, null, sku, null, quantity, location, locationId, batchSn, expiryDate, null);
    }
}
