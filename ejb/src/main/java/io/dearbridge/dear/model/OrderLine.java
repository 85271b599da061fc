package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** A quote or order line. {@code BackorderQuantity} is read-only; {@code Backorder} appears on reads. */
public record OrderLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        BigDecimal quantity,
        BigDecimal price,
        BigDecimal discount,
        BigDecimal tax,
        BigDecimal averageCost,
        String taxRule,
        String comment,
        BigDecimal total,
        Boolean dropShip,
        BigDecimal backorderQuantity,
        Boolean backorder) {
}
