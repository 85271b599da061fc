package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.sync.WaitReason;
import io.dearbridge.outbox.OutboxWake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Wakes a receipt's pushes that wait for DEAR's invoice, in the transaction of an import that saw the purchase again
 * with an authorised (or paid) invoice: they read DEAR at once instead of at their next recheck. Called by the
 * purchase import; the recheck ({@code dearbridge.receiving.invoice-recheck}) is the backstop.
 */
@ApplicationScoped
public class ReceiptPushWake {

    @Inject
    OutboxWake wake;

    /** Answers how many pushes were woken. */
    public int purchaseChanged(Receipt receipt, Instant now) {
        if (receipt == null || receipt.id() == null || !receipt.invoiceAuthorised()) {
            return 0;
        }
        return wake.wake(receipt.accountCode(), OrderingKey.ofReceipt(receipt.id()), WaitReason.DEAR_INVOICE, now);
    }
}
