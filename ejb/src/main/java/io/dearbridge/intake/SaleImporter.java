package io.dearbridge.intake;

import io.dearbridge.order.OrderStatusChanged;
import io.dearbridge.order.SaleImported;
import io.dearbridge.webhook.EventTypes;
import io.dearbridge.order.StagesCarriedOver;

import io.dearbridge.account.ReleasePolicies;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.Release;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.inbox.Claim;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Applies a fetched sale to its warehouse order and completes the inbox event, in one transaction: the
 * event is DONE exactly when its effect is committed.
 */
@Stateless
public class SaleImporter {

    private static final Logger LOG = Logger.getLogger(SaleImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<OrderStatusChanged> statusChanged;

    @Inject
    Event<SaleImported> imported;

    @Inject
    ReleasePolicies releases;

    @Inject
    Event<StagesCarriedOver> carriedOver;

    public void apply(Claim claim, SaleSnapshot snapshot) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event == null || event.status() != InboxStatus.PROCESSING) {
            return;
        }
        Instant now = Instant.now();
        String cause = event.eventType();
        WarehouseOrder order = em.createNamedQuery(WarehouseOrder.BY_SALE, WarehouseOrder.class)
                .setParameter("account", event.accountCode())
                .setParameter("saleId", snapshot.saleId())
                // Every writer of an order locks its row first (see PushBookkeeping), so none loses another's change.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        WarehouseOrder.Applied applied;
        Release release = releases.release(event.accountCode(), EventTypes.FULL_PAYMENT.equals(cause));
        if (order == null) {
            order = WarehouseOrder.importSale(event.accountCode(), snapshot, cause, now, release);
            em.persist(order);
            em.flush();
            applied = WarehouseOrder.Applied.CREATED;
            WarehouseOrder created = order;
            LOG.info(() -> "Imported sale " + created.saleOrderNumber() + " for account " + created.accountCode()
                    + " as order " + created.id() + " (" + created.status() + ")");
        } else {
            OrderStatus before = order.status();
            applied = order.apply(snapshot, cause, now, release);
            WarehouseOrder updated = order;
            WarehouseOrder.Applied result = applied;
            LOG.fine(() -> "Order " + updated.id() + ": " + result + " by " + cause);
            if (order.status() != before) {
                statusChanged.fire(new OrderStatusChanged(order.id(), order.accountCode(), before, order.status()));
                LOG.info(() -> "Order " + updated.id() + " (" + updated.saleOrderNumber() + ") " + before + " -> "
                        + updated.status() + (updated.stopRequested() ? " - STOP flagged" : ""));
            }
            if (!order.carriedOver().isEmpty()) {
                carriedOver.fire(new StagesCarriedOver(order, order.carriedOver(), now));
            }
        }
        if (applied != WarehouseOrder.Applied.STALE) {
            // A stale snapshot may show a credit note as it was before a void: only current ones go to the observers
            // (returns.CreditNoteLedger), which run in this transaction.
            imported.fire(new SaleImported(order, snapshot, now, applied == WarehouseOrder.Applied.CREATED));
        }
        if (event.documentId() == null) {
            event.resolveDocument(snapshot.saleId());
        }
        event.complete(now);
        em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
    }
}
