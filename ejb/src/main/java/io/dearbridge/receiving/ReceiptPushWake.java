package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.domain.sync.WaitReason;
import io.dearbridge.outbox.OutboxHolds;
import io.dearbridge.outbox.OutboxWake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * What a fresh read of a purchase means for the receipt's queued pushes, in the import's transaction
 * ({@link PurchaseApplied}): DEAR shows an authorised (or paid) invoice, so the pushes waiting for it read DEAR at once
 * rather than at their next recheck ({@code dearbridge.receiving.invoice-recheck}, the backstop); the receipt was
 * cancelled (purchase voided, order undone), so its unsent pushes are held for an operator.
 */
@ApplicationScoped
public class ReceiptPushWake {

    private static final Logger LOG = Logger.getLogger(ReceiptPushWake.class.getName());

    @Inject
    OutboxWake wake;

    @Inject
    OutboxHolds holds;

    void onPurchaseApplied(@Observes PurchaseApplied applied) {
        Instant now = Instant.now();
        String key = OrderingKey.ofReceipt(applied.receiptId());
        if (applied.status() == ReceiptStatus.CANCELLED) {
            int held = holds.holdDue(applied.accountCode(), key, now);
            if (held > 0) {
                LOG.info(() -> "Receipt " + applied.receiptId() + " was cancelled in DEAR: " + held
                        + " unsent push(es) held");
            }
        } else if (applied.invoiceAuthorised()) {
            wake.wake(applied.accountCode(), key, WaitReason.DEAR_INVOICE, now);
        }
    }
}
