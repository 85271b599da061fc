package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's receipt list (searchable, paged in the database) and one receipt with its syncs; only receipts of the
 * signed-in operator's accounts ({@link CallerAccounts}).
 */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class ConsoleReceipts {

    private static final Map<String, String> SORTS = Map.of("id", "r.id", "account", "r.accountCode",
            "purchaseOrderNumber", "r.orderNumber", "status", "r.status", "updatedAt", "r.updatedAt",
            "supplier", "r.supplier", "requiredBy", "r.requiredBy");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callerAccounts;

    public long count(ReceiptSearch search) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Receipt r" + where(search), Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    public List<ReceiptRow> page(ReceiptSearch search, int first, int size, String sortField, boolean ascending) {
        String column = SORTS.getOrDefault(sortField == null ? "" : sortField, "r.id");
        String direction = sortField != null && SORTS.containsKey(sortField) && ascending ? " asc" : " desc";
        TypedQuery<Receipt> query = em.createQuery("select r from Receipt r" + where(search) + " order by " + column
                + direction + ", r.id" + direction, Receipt.class);
        bind(query, search);
        List<ReceiptRow> rows = new ArrayList<>();
        for (Receipt r : query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 500)))
                .getResultList()) {
            rows.add(new ReceiptRow(r.id(), r.accountCode(), r.orderNumber(), r.purchaseType().name(),
                    r.approach().name(), r.status().name(), r.supplier(), r.requiredBy(), r.updatedAt()));
        }
        return rows;
    }

    /** The receipt, fully loaded, with every inbox event about its purchase and every DEAR write of it. */
    public Optional<ReceiptDetail> find(long id) {
        Receipt receipt = em.find(Receipt.class, id);
        if (receipt == null || !callerAccounts.sees(receipt.accountCode())) {
            return Optional.empty();
        }
        receipt.lines();
        receipt.arrivals().forEach(a -> a.lines().size());
        receipt.dearTasks().forEach(t -> t.lines());
        receipt.returns().forEach(r -> r.lines());
        List<OrderDetail.Sync> syncs = new ArrayList<>();
        em.createQuery("select e from InboxEvent e where e.accountCode = :account and e.documentKind = :purchases"
                        + " and e.documentId = :purchase order by e.id", InboxEvent.class)
                .setParameter("account", receipt.accountCode()).setParameter("purchases", DocumentKind.PURCHASE)
                .setParameter("purchase", receipt.purchaseId())
                .getResultList().forEach(e -> syncs.add(new OrderDetail.Sync(new SyncRef(SyncSide.INBOX, e.id()),
                        e.receivedAt(), e.eventType(), e.status().name(), e.trail().attempts(), e.trail().lastError())));
        em.createQuery("select c from OutboxCommand c where c.orderingKey = :key order by c.id", OutboxCommand.class)
                .setParameter("key", OrderingKey.ofReceipt(id))
                .getResultList().forEach(c -> syncs.add(new OrderDetail.Sync(new SyncRef(SyncSide.OUTBOX, c.id()),
                        c.createdAt(), c.kind().code(), c.status().name(), c.trail().attempts(), c.trail().lastError())));
        return Optional.of(new ReceiptDetail(receipt, receipt.progress(), syncs));
    }

    private String where(ReceiptSearch search) {
        List<String> clauses = new ArrayList<>();
        clauses.add(callerAccounts.scope().jpql("r.accountCode"));
        if (search.account() != null) {
            clauses.add("r.accountCode = :account");
        }
        if (status(search) != null) {
            clauses.add("r.status = :status");
        }
        if (search.number() != null) {
            clauses.add("lower(r.orderNumber) like :number");
        }
        return " where " + String.join(" and ", clauses);
    }

    private void bind(TypedQuery<?> query, ReceiptSearch search) {
        callerAccounts.scope().bind(query);
        if (search.account() != null) {
            query.setParameter("account", search.account());
        }
        if (status(search) != null) {
            query.setParameter("status", status(search));
        }
        if (search.number() != null) {
            query.setParameter("number", "%" + search.number().toLowerCase(Locale.ROOT) + "%");
        }
    }

    /** An unknown status matches nothing rather than failing the page. */
    private static ReceiptStatus status(ReceiptSearch search) {
        if (search.status() == null) {
            return null;
        }
        try {
            return ReceiptStatus.valueOf(search.status().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
