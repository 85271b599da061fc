package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An Unstock line of a purchase credit note (PURCHASES.md §6.1): {@code CardID} (required) names the received stock
 * the goods leave from; the product, location and batch fields are DEAR's, read-only, and not sent.
 */
public record PurchaseCreditNoteUnstock(
        @JsonProperty("CardID") String cardId,
        BigDecimal quantity,
        @JsonProperty("Date") Instant date,
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String location,
        @JsonProperty("BatchSN") String batchSn) {

    public static PurchaseCreditNoteUnstock of(String cardId, BigDecimal quantity, Instant date) {
        return new PurchaseCreditNoteUnstock(cardId, quantity, date, null, null, null, null);
    }
}
