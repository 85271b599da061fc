package io.dearbridge.stuck;

import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.StuckRule;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OrderingKey;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/** Finds orders that may be stuck and flags those the rule says are, one order per transaction. */
@Stateless
public class StuckOrderSweep {

    private static final Logger LOG = Logger.getLogger(StuckOrderSweep.class.getName());

    private static final List<OrderStatus> WAITING = List.of(OrderStatus.AWAITING_PICK, OrderStatus.PICKING,
            OrderStatus.PACKED, OrderStatus.PARTIALLY_SHIPPED);

    @PersistenceContext
    EntityManager em;

    /** Orders not yet flagged that one of the rule's waits makes stuck, oldest first; the check decides. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> candidates(StuckRule rule, Instant now, int max) {
        return em.createQuery("select o.id from WarehouseOrder o where o.stuckSince is null and o.status in :waiting"
                        + " and ((o.status = :awaiting and coalesce(o.stageSince, o.updatedAt) < :pickCut)"
                        + " or (o.status in :inWarehouse and coalesce(o.stageSince, o.updatedAt) < :warehouseCut)"
                        + " or exists (select r.id from FulfilmentRecord r where r.fulfilment.order = o"
                        + " and r.stage = :ship and r.recordedAt < :shipCut)) order by o.id", Long.class)
                .setParameter("waiting", WAITING)
                .setParameter("awaiting", OrderStatus.AWAITING_PICK)
                .setParameter("pickCut", now.minus(rule.awaitingPick()))
                .setParameter("inWarehouse", List.of(OrderStatus.PICKING, OrderStatus.PACKED))
                .setParameter("warehouseCut", now.minus(rule.inWarehouse()))
                .setParameter("ship", Stage.SHIP)
                .setParameter("shipCut", now.minus(rule.unconfirmedShip()))
                .setMaxResults(max).getResultList();
    }

    /** Flags the order if the rule says it is stuck; answers whether it was flagged now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean check(long orderId, StuckRule rule, Instant now) {
        // Every writer of an order locks its row first (see PushBookkeeping).
        WarehouseOrder order = em.find(WarehouseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.stuckSince() != null) {
            return false;
        }
        Instant shipped = em.createQuery("select max(r.recordedAt) from FulfilmentRecord r"
                        + " where r.fulfilment.order.id = :id and r.stage = :ship", Instant.class)
                .setParameter("id", orderId).setParameter("ship", Stage.SHIP).getSingleResult();
        long waiting = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_command WHERE account_code = ?1"
                        + " AND ordering_key = ?2 AND status IN ('PENDING', 'SENDING', 'RETRY', 'HELD')")
                .setParameter(1, order.accountCode()).setParameter(2, OrderingKey.ofOrder(orderId))
                .getSingleResult()).longValue();
        return rule.reason(order, shipped, waiting == 0, now).map(reason -> {
            boolean flagged = order.flagStuck(now, reason);
            if (flagged) {
                LOG.warning(() -> "ORDER STUCK account=" + order.accountCode() + " order=" + orderId + " sale="
                        + order.saleOrderNumber() + ": " + reason);
            }
            return flagged;
        }).orElse(false);
    }
}
