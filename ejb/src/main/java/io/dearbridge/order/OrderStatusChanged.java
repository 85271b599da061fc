package io.dearbridge.order;

import io.dearbridge.domain.order.OrderStatus;

/**
 * Fired synchronously, inside the transaction that applied a DEAR snapshot, when an order's status
 * changed; observers (e.g. the outbox holding commands of a voided order) act atomically with it.
 */
public record OrderStatusChanged(long orderId, String accountCode, OrderStatus from, OrderStatus to) {
}
