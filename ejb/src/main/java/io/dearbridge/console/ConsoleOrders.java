package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.order.OrderQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The console's order list (searchable, paged in the database) and one order with its syncs; only orders of the
 * signed-in operator's accounts ({@link CallerAccounts}).
 */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class ConsoleOrders {

    private static final String STUCK = "(exists (select 1 from OutboxCommand c where c.orderingKey = "
            + OrderingKey.ofOrderJpql("o.id") + " and c.status in :stuckOut)"
            + " or exists (select 1 from InboxEvent e where e.accountCode = o.accountCode"
            + " and e.documentKind = :sales and e.documentId = o.saleId"
            + " and e.status = :stuckIn))";

    private static final Map<String, String> SORTS = Map.of("id", "o.id", "account", "o.accountCode",
            "saleOrderNumber", "o.saleOrderNumber", "status", "o.status", "updatedAt", "o.updatedAt",
            "customer", "o.customer");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callerAccounts;

    @Inject
    OrderQueries orders;

    /** How many orders match; from 100,000 on PostgreSQL's estimate when only account and status filter. */
    public long count(OrderSearch search) {
        if (search.number() == null && !search.stuckOnly()) {
            OptionalLong estimate = orders.largeTotal(search.account(),
                    search.status() == null ? null : OrderStatus.valueOf(search.status()), callerAccounts.scope());
            if (estimate.isPresent()) {
                return estimate.getAsLong();
            }
        }
        TypedQuery<Long> query = em.createQuery("select count(o) from WarehouseOrder o" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    public List<OrderRow> page(OrderSearch search, int first, int size, String sortField, boolean ascending) {
        String column = SORTS.getOrDefault(sortField == null ? "" : sortField, "o.id");
        String direction = sortField != null && SORTS.containsKey(sortField) && ascending ? " asc" : " desc";
        TypedQuery<WarehouseOrder> query = em.createQuery("select o from WarehouseOrder o" + where(search)
                + " order by " + column + direction + ", o.id" + direction, WarehouseOrder.class);
        bind(query, search);
        List<WarehouseOrder> page = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 500))).getResultList();
        Set<Long> stuck = stuck(page);
        List<OrderRow> rows = new ArrayList<>();
        for (WarehouseOrder o : page) {
            rows.add(new OrderRow(o.id(), o.accountCode(), o.saleOrderNumber(), o.status().name(), o.stopRequested(),
                    o.customer(), o.updatedAt(), stuck.contains(o.id()),
                    o.afterShipment() == null ? null : o.afterShipment().label()));
        }
        return rows;
    }

    /**
     * The page's stuck orders, asked by their ids (issue 27): a flag in the page's own query made PostgreSQL hash every
     * failed or held sync (10,000 at a million orders) for 25 rows; this is two index probes an order.
     */
    private Set<Long> stuck(List<WarehouseOrder> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select o.id from WarehouseOrder o where o.id in :ids and " + STUCK,
                        Long.class)
                .setParameter("ids", page.stream().map(WarehouseOrder::id).toList())
                .setParameter("stuckOut", List.of(OutboxStatus.FAILED, OutboxStatus.HELD))
                .setParameter("stuckIn", InboxStatus.FAILED)
                .setParameter("sales", DocumentKind.SALE)
                .getResultList());
    }

    /** The order, fully loaded, with every inbox event and outbox command about it and the operators' actions. */
    public Optional<OrderDetail> find(long id) {
        WarehouseOrder order = em.find(WarehouseOrder.class, id);
        if (order == null || !callerAccounts.sees(order.accountCode())) {
            return Optional.empty();
        }
        order.lines().size();
        order.fulfilments().size();
        order.timeline().size();
        List<OrderDetail.Sync> syncs = new ArrayList<>();
        em.createQuery("select e from InboxEvent e where e.accountCode = :account and e.documentKind = :sales"
                        + " and e.documentId = :sale order by e.id", InboxEvent.class)
                .setParameter("account", order.accountCode()).setParameter("sales", DocumentKind.SALE)
                .setParameter("sale", order.saleId())
                .getResultList().forEach(e -> syncs.add(new OrderDetail.Sync(new SyncRef(SyncSide.INBOX, e.id()),
                        e.receivedAt(), e.eventType(), e.status().name(), e.trail().attempts(), e.trail().lastError())));
        em.createQuery("select c from OutboxCommand c where c.orderingKey = :key order by c.id", OutboxCommand.class)
                .setParameter("key", OrderingKey.ofOrder(id))
                .getResultList().forEach(c -> syncs.add(new OrderDetail.Sync(new SyncRef(SyncSide.OUTBOX, c.id()),
                        c.createdAt(), c.kind().code(), c.status().name(), c.trail().attempts(), c.trail().lastError())));
        long actions = em.createQuery("select count(a) from OperatorAction a where a.orderId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return Optional.of(new OrderDetail(order, syncs, actions));
    }

    private String where(OrderSearch search) {
        List<String> clauses = new ArrayList<>();
        clauses.add(callerAccounts.scope().jpql("o.accountCode"));
        if (search.account() != null) {
            clauses.add("o.accountCode = :account");
        }
        if (search.status() != null) {
            clauses.add("o.status = :status");
        }
        if (search.number() != null) {
            clauses.add("lower(o.saleOrderNumber) like :number");
        }
        if (search.stuckOnly()) {
            clauses.add(STUCK);
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private void bind(TypedQuery<?> query, OrderSearch search) {
        callerAccounts.scope().bind(query);
        if (search.account() != null) {
            query.setParameter("account", search.account());
        }
        if (search.status() != null) {
            query.setParameter("status", OrderStatus.valueOf(search.status()));
        }
        if (search.number() != null) {
            query.setParameter("number", "%" + search.number().toLowerCase(Locale.ROOT) + "%");
        }
        if (search.stuckOnly()) {
            query.setParameter("stuckOut", List.of(OutboxStatus.FAILED, OutboxStatus.HELD));
            query.setParameter("stuckIn", InboxStatus.FAILED);
            query.setParameter("sales", DocumentKind.SALE);
        }
    }
}
