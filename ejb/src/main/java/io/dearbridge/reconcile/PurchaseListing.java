package io.dearbridge.reconcile;

import io.dearbridge.account.DearAccount;
import java.time.Instant;
import java.util.List;

/**
 * DEAR's purchase list as reconciliation reads it (every page, never cut), implemented over the DEAR client in
 * {@code dear.adapter}. Failures arrive as {@link io.dearbridge.sync.SyncFailureException}.
 */
public interface PurchaseListing {

    /** Every purchase whose {@code LastUpdatedDate} is after {@code since} (old ones too: a payment re-stamps them). */
    List<ListedPurchase> changedSince(DearAccount account, Instant since);

    /** Every purchase whose {@code Status} is exactly {@code status} (DEAR takes one value per call). */
    List<ListedPurchase> withStatus(DearAccount account, String status);
}
