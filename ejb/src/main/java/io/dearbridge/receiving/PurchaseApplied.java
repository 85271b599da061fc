package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.ReceiptStatus;

/**
 * Fired in the importer's transaction after a read of a purchase was applied to its receipt (created or refreshed):
 * what waits on DEAR (an arrival waiting for the invoice, a supplier return) may go now. Observe with
 * {@code TransactionPhase.AFTER_SUCCESS} to act once it is committed.
 */
public record PurchaseApplied(String accountCode, long receiptId, String purchaseId, ReceiptStatus status,
                              boolean invoiceAuthorised, boolean created) {
}
