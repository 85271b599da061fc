package io.dearbridge.reconcile;

import io.dearbridge.account.DearAccount;
import java.time.Instant;
import java.util.List;

/**
 * DEAR's sale list as reconciliation reads it, implemented over the DEAR client in the {@code dear} package.
 * Failures arrive as {@link io.dearbridge.sync.SyncFailureException}.
 */
public interface SaleListing {

    /** Every sale changed strictly after {@code since}, all pages (docs/dear-api.md §3.3, {@code UpdatedSince}). */
    List<ListedSale> changedSince(DearAccount account, Instant since);
}
