package io.dearbridge.console;

import java.time.Instant;

/** One line of the failed-sync list. {@code orderId} is null while the sale is not (yet) an order. */
public record SyncRow(SyncRef ref, Instant at, String account, String saleOrderNumber, String type, String state,
                      int attempts, Integer httpStatus, String lastError, Instant nextAttemptAt, Long orderId) {

    public String kind() {
        return SyncKinds.label(type);
    }

    public String key() {
        return ref.toString();
    }
}
