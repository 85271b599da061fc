package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.outbox.ReleaseRetargeting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * An operator releases a held arrival (a second delivery on a Simple purchase, after converting it to Advanced in
 * DEAR): the arrival goes back to RECORDED, marked released so it is not held again for the same reason, and its push
 * reads DEAR before writing anything; if DEAR still shows the purchase Simple and authorised, the push fails with the
 * reason rather than converting it.
 */
@ApplicationScoped
public class ReceiptPushRelease implements ReleaseRetargeting {

    @Inject
    ReceiptPushBookkeeping bookkeeping;

    @Override
    public Optional<String> retarget(OutboxCommand command, Instant now) {
        if (!ReceiptPushCommand.KINDS.contains(command.kind())) {
            return Optional.empty();
        }
        return bookkeeping.released(command, now);
    }
}
