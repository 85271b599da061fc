package io.dearbridge.reconcile;

import java.time.Instant;

/**
 * What the bridge holds about one sale: its order's last DEAR state (null without an order), whether an inbox
 * event for it is still waiting, when an event for it was last settled (done, skipped or failed), and whether
 * reconciliation recorded it as history ({@code seen_sale}: never warehouse work, never listed as new again).
 */
public record KnownSale(String saleId, Instant orderModifiedAt, String orderDearStatus, boolean eventWaiting,
                        Instant lastSettledAt, boolean history) {

    public KnownSale(String saleId, Instant orderModifiedAt, String orderDearStatus, boolean eventWaiting,
                     Instant lastSettledAt) {
        this(saleId, orderModifiedAt, orderDearStatus, eventWaiting, lastSettledAt, false);
    }
}
