package io.dearbridge.order;

import io.dearbridge.account.AccountScope;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.schema.RowEstimates;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The warehouse's read side of orders. Results come back fully loaded, ready to leave the transaction. */
@Stateless
public class OrderQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    RowEstimates estimates;

    public Optional<WarehouseOrder> find(long id) {
        return Optional.ofNullable(em.find(WarehouseOrder.class, id)).map(OrderQueries::loaded);
    }

    /** The order if the caller's accounts include its account: another account's order does not exist for them. */
    public Optional<WarehouseOrder> find(long id, AccountScope scope) {
        return Optional.ofNullable(em.find(WarehouseOrder.class, id)).filter(o -> scope.allows(o.accountCode()))
                .map(OrderQueries::loaded);
    }

    /**
     * Whether a stage event about this sale can only be DEAR's echo of the bridge's own write: every
     * fulfilment of the order had that stage sent by the bridge and confirmed in DEAR's answer. Any other
     * fulfilment could have been authorised by a DEAR user, so then the sale must be read.
     */
    public boolean ownEcho(String accountCode, String saleId, Stage stage) {
        return em.createNamedQuery(WarehouseOrder.BY_SALE, WarehouseOrder.class)
                .setParameter("account", accountCode).setParameter("saleId", saleId)
                .getResultStream().findFirst()
                .map(order -> !order.liveFulfilments().isEmpty()
                        && order.liveFulfilments().stream().allMatch(f -> f.confirmedOwnPush(stage)))
                .orElse(false);
    }

    /**
     * The sale a fulfilment task belongs to, from the TaskIDs already stored. An advanced sale's shipment events
     * carry the fulfilment's TaskID as {@code SaleTaskID} (docs/dear-api.md §2.6), so this answers without asking DEAR.
     */
    public Optional<String> saleOfTask(String accountCode, String taskId) {
        return em.createQuery("select f.order.saleId from Fulfilment f where f.order.accountCode = :account"
                        + " and f.taskId = :task", String.class)
                .setParameter("account", accountCode).setParameter("task", taskId.toLowerCase())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The order's DEAR writes not done yet (neither SENT nor DISMISSED), oldest first. */
    public List<OutboxCommand> openCommands(long orderId) {
        return em.createQuery("select c from OutboxCommand c where c.orderingKey = :key and c.status not in :done"
                        + " order by c.id", OutboxCommand.class)
                .setParameter("key", OrderingKey.ofOrder(orderId))
                .setParameter("done", EnumSet.of(OutboxStatus.SENT, OutboxStatus.DISMISSED))
                .getResultList();
    }

    /** A page of the orders of the caller's accounts. */
    public OrderPage list(OrderFilter filter, AccountScope scope) {
        String where = " where (:account is null or o.accountCode = :account) and " + scope.jpql("o.accountCode")
                + " and (:status is null or o.status = :status)"
                + " and (:number is null or o.saleOrderNumber = :number)"
                + (filter.stuckOnly() ? " and o.stuckSince is not null" : "");
        TypedQuery<WarehouseOrder> query = em.createQuery("select o from WarehouseOrder o" + where
                + " order by o.id desc", WarehouseOrder.class);
        TypedQuery<Long> count = em.createQuery("select count(o) from WarehouseOrder o" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("account", filter.accountCode());
            q.setParameter("status", filter.status());
            q.setParameter("number", filter.saleOrderNumber());
            scope.bind(q);
        }
        List<WarehouseOrder> orders = query.setFirstResult((filter.page() - 1) * filter.size())
                .setMaxResults(filter.size()).getResultList();
        orders.forEach(OrderQueries::loaded);
        OptionalLong estimate = filter.saleOrderNumber() != null || filter.stuckOnly() ? OptionalLong.empty()
                : largeTotal(filter.accountCode(), filter.status(), scope);
        return new OrderPage(orders, filter.page(), filter.size(),
                estimate.isPresent() ? estimate.getAsLong() : count.getSingleResult(), estimate.isPresent());
    }

    /**
     * PostgreSQL's estimate of the orders of this account and status (null: any) if they are 100,000 or more, else
     * empty (then count them): an exact count of a million orders reads them all (issue 27). Only where the scope
     * does not narrow the count: a caller of some accounts, listing them all, is counted exactly.
     */
    public OptionalLong largeTotal(String accountCode, OrderStatus status, AccountScope scope) {
        if (!scope.all() && (accountCode == null || !scope.allows(accountCode))) {
            return OptionalLong.empty();
        }
        List<String> clauses = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (accountCode != null) {
            clauses.add("account_code = ?");
            parameters.add(accountCode);
        }
        if (status != null) {
            clauses.add("status = ?");
            parameters.add(status.name());
        }
        return estimates.large("SELECT 1 FROM warehouse_order"
                + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses)), parameters);
    }

    private static WarehouseOrder loaded(WarehouseOrder order) {
        order.lines();
        // The view shows each fulfilment's shipments (with their boxes), so those come along too.
        order.fulfilments().forEach(f -> f.records().forEach(r -> r.lines()));
        order.timeline();
        return order;
    }
}
