package io.dearbridge.console;

import java.time.Instant;

/** One line of the console's order list; {@code stuck} when a sync of the order waits for an operator. */
public record OrderRow(long id, String account, String saleOrderNumber, String status, boolean stopRequested,
                       String customer, Instant updatedAt, boolean stuck) {
}
