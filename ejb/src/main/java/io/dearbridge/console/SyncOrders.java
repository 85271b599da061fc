package io.dearbridge.console;

import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds the order a sync is about: an inbox event through its account and sale, an outbox command through its
 * ordering key ({@link OrderingKey}).
 */
@ApplicationScoped
public class SyncOrders {

    @PersistenceContext
    EntityManager em;

    public Optional<Long> orderOf(InboxEvent event) {
        if (event.documentKind() != DocumentKind.SALE || event.documentId() == null) {
            return Optional.empty();
        }
        return em.createQuery("select o.id from WarehouseOrder o where o.accountCode = :account and o.saleId = :sale",
                        Long.class)
                .setParameter("account", event.accountCode()).setParameter("sale", event.documentId())
                .getResultStream().findFirst();
    }

    public Optional<Long> orderOf(OutboxCommand command) {
        return OrderingKey.orderOf(command.orderingKey());
    }

    public Optional<String> saleOrderNumber(long orderId) {
        return Optional.ofNullable(em.find(WarehouseOrder.class, orderId)).map(WarehouseOrder::saleOrderNumber);
    }

    public Optional<WarehouseOrder> order(Long orderId) {
        return orderId == null ? Optional.empty() : Optional.ofNullable(em.find(WarehouseOrder.class, orderId));
    }
}
