package io.dearbridge.order;

import io.dearbridge.domain.order.OrderStatus;

/** What the warehouse asks for when it lists orders; null means "any". Pages start at 1. */
public record OrderFilter(String accountCode, OrderStatus status, String saleOrderNumber, int page, int size) {
}
