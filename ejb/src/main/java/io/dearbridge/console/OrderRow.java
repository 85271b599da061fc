package io.dearbridge.console;

import java.time.Instant;

/**
 * One line of the console's order list; {@code stuck} when a sync of the order waits for an operator;
 * {@code afterShipment} what DEAR did after shipment, in words ("voided after shipment"), or null.
 */
public record OrderRow(long id, String account, String saleOrderNumber, String status, boolean stopRequested,
                       String customer, Instant updatedAt, boolean stuck, String afterShipment) {
}
