package io.dearbridge.returns;

import io.dearbridge.domain.order.LocationMap;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One quantity going back into DEAR's stock: the product, the DEAR place (through the account's location-map) and
 * the batch it was picked from (null when not batch-tracked).
 */
public record RestockItem(String productId, String sku, String name, BigDecimal quantity, LocationMap.DearPlace place,
                          String batch, LocalDate expiry) {
}
