package io.dearbridge.push;

import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.order.OrderStatusChanged;
import io.dearbridge.outbox.OutboxHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * When DEAR voids or undoes a sale, the order's pushes that have not gone out are held and the order is
 * flagged, in the same transaction that applied DEAR's news: a voided order is never shipped.
 */
@ApplicationScoped
public class HoldOnCancellation {

    private static final Logger LOG = Logger.getLogger(HoldOnCancellation.class.getName());

    @Inject
    OutboxHolds holds;

    @PersistenceContext
    EntityManager em;

    void onStatusChanged(@Observes OrderStatusChanged change) {
        Optional<String> reason = PushBookkeeping.reasonFor(change.to());
        if (reason.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        int held = holds.holdDue(change.accountCode(), OrderingKey.ofOrder(change.orderId()), now);
        if (held == 0) {
            return;
        }
        WarehouseOrder order = em.find(WarehouseOrder.class, change.orderId());
        if (order != null) {
            order.requestStop(now, held + " push(es) to DEAR held because " + reason.get()
                    + "; the warehouse must stop work on this order.");
        }
        LOG.info(() -> "Order " + change.orderId() + ": held " + held + " outbox command(s), " + reason.get());
    }
}
