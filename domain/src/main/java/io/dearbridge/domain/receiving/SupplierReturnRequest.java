package io.dearbridge.domain.receiving;

import java.math.BigDecimal;

/** One line of goods the warehouse sends back to the supplier: SKU, how many, and why (kept on the DEAR note). */
public record SupplierReturnRequest(String sku, BigDecimal quantity, String reason) {
}
