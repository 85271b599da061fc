package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A purchase credit note line (the purchase invoice line model, PURCHASES.md §6.1; {@code Account} is required). */
public record PurchaseCreditNoteLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal discount,
        BigDecimal tax,
        String taxRule,
        String account,
        String comment,
        BigDecimal total) {
}
