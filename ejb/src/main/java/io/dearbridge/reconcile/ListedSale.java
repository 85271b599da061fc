package io.dearbridge.reconcile;

import java.time.Instant;

/** One row of DEAR's sale list, as much as reconciliation compares: its id in lower case, and what changes. */
public record ListedSale(String saleId, String orderNumber, String status, String orderStatus, Instant updated) {
}
