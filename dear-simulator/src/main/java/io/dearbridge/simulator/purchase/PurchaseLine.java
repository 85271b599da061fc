package io.dearbridge.simulator.purchase;

import java.math.BigDecimal;

/** An order line (PURCHASES.md §2.1): no line ID, and the same SKU may appear on several lines. */
public record PurchaseLine(String productId, String sku, String name, BigDecimal quantity, BigDecimal price) {

    public BigDecimal total() {
        return quantity.multiply(price);
    }
}
