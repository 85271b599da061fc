package io.dearbridge.console;

import java.time.Instant;

/** One line of the console's receipt list. */
public record ReceiptRow(long id, String account, String purchaseOrderNumber, String type, String approach,
                         String status, String supplier, Instant requiredBy, Instant updatedAt) {
}
