package io.dearbridge.reconcile;

import java.time.Instant;

/**
 * What the bridge holds about one sale: its order's last DEAR state (null without an order), whether an inbox
 * event for it is still waiting, and when an event for it was last settled (done, skipped or failed).
 */
public record KnownSale(String saleId, Instant orderModifiedAt, String orderDearStatus, boolean eventWaiting,
                        Instant lastSettledAt) {
}
