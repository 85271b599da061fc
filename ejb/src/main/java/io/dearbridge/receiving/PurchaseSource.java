package io.dearbridge.receiving;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.PurchaseType;
import java.util.Optional;

/**
 * Where receiving reads DEAR purchases from; implemented over the DEAR client in {@code dear.adapter}, which keeps
 * DEAR's wire format to itself. Failures arrive as {@link io.dearbridge.sync.SyncFailureException}.
 */
public interface PurchaseSource {

    /**
     * The purchase as DEAR has it now: one GET at the endpoint {@code likely} points to (null: not known), a second
     * only when DEAR says that was the wrong one (the purchase was converted, or the tenant answers an empty shell).
     */
    PurchaseSnapshot fetch(DearAccount account, String purchaseId, PurchaseType likely);

    /**
     * The purchase whose order (or invoice) number is exactly {@code number}, from {@code purchaseList?Search=}: a
     * webhook names an Advanced purchase only by a task and a number.
     */
    Optional<FoundPurchase> findByNumber(DearAccount account, String number);
}
