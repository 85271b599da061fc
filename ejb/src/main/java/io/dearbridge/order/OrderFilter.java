package io.dearbridge.order;

import io.dearbridge.domain.order.OrderStatus;

/**
 * What the warehouse asks for when it lists orders; null means "any". Pages start at 1. {@code stuckOnly} keeps
 * the orders flagged stuck (see {@link io.dearbridge.domain.order.StuckRule}).
 */
public record OrderFilter(String accountCode, OrderStatus status, String saleOrderNumber, boolean stuckOnly, int page,
                          int size) {
}
