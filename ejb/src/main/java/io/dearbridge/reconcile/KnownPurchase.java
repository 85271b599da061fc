package io.dearbridge.reconcile;

import java.time.Instant;

/**
 * What the bridge holds about one purchase: its receipt's state and DEAR's LastUpdatedDate and Status as last read
 * (null without a receipt), whether an event for it waits, when one was last settled, and the row content recorded
 * when reconciliation judged it history ({@code seen_purchase}).
 */
public record KnownPurchase(String purchaseId, String receiptStatus, String dearStatus, String dearUpdatedRaw,
                            Instant dearUpdatedAt, boolean eventWaiting, Instant lastSettledAt, String seenDigest) {

    public boolean hasReceipt() {
        return receiptStatus != null;
    }
}
