package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.ReceiptStatus;

/** What the warehouse asks for when it lists receipts; null means "any". Pages start at 1. */
public record ReceiptFilter(String accountCode, ReceiptStatus status, String purchaseOrderNumber, int page, int size) {
}
