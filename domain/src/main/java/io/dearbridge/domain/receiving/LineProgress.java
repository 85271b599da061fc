package io.dearbridge.domain.receiving;

import java.math.BigDecimal;

/**
 * One expected line and how far it got: {@code received} counts the warehouse's arrivals and the stock a DEAR user
 * entered (never the bridge's own stock twice); {@code remaining} is never below zero (over-receipt shows in
 * {@code received}).
 */
public record LineProgress(String productId, String sku, String name, BigDecimal ordered, BigDecimal received,
                           BigDecimal remaining) {
}
