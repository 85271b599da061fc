package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A credit note line (the invoice-line shape, docs/dear-api.md §6.2). */
public record CreditNoteLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal discount,
        BigDecimal tax,
        BigDecimal total,
        String taxRule,
        String account,
        String comment,
        BigDecimal averageCost) {
}
