package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** One ordered line; the same product may appear on several. */
public record PurchaseOrderLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        BigDecimal quantity,
        @JsonProperty("SupplierSKU") String supplierSku,
        String comment) {
}
