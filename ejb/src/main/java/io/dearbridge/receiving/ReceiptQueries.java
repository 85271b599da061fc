package io.dearbridge.receiving;

import io.dearbridge.account.AccountScope;
import io.dearbridge.domain.receiving.Receipt;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The warehouse's read side of receipts. Results come back fully loaded, ready to leave the transaction. */
@Stateless
public class ReceiptQueries {

    @PersistenceContext
    EntityManager em;

    /** The receipt, if the caller's accounts hold it: another account's answers as if it did not exist. */
    public Optional<Receipt> find(long id, AccountScope scope) {
        return Optional.ofNullable(em.find(Receipt.class, id)).filter(r -> scope.allows(r.accountCode()))
                .map(ReceiptQueries::loaded);
    }

    /** Newest first, of the caller's accounts only. */
    public ReceiptPage list(ReceiptFilter filter, AccountScope scope) {
        String where = " where (:account is null or r.accountCode = :account) and " + scope.jpql("r.accountCode")
                + " and (:status is null or r.status = :status)"
                + " and (:number is null or r.orderNumber = :number)";
        TypedQuery<Receipt> query = em.createQuery("select r from Receipt r" + where + " order by r.id desc",
                Receipt.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from Receipt r" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("account", filter.accountCode());
            q.setParameter("status", filter.status());
            q.setParameter("number", filter.purchaseOrderNumber());
            scope.bind(q);
        }
        List<Receipt> receipts = query.setFirstResult((filter.page() - 1) * filter.size())
                .setMaxResults(filter.size()).getResultList();
        receipts.forEach(ReceiptQueries::loaded);
        return new ReceiptPage(receipts, filter.page(), filter.size(), count.getSingleResult());
    }

    /** Everything the views show: lines with progress (arrivals and DEAR's tasks), and returns. */
    static Receipt loaded(Receipt r) {
        r.lines();
        r.arrivals().forEach(a -> a.lines().size());
        r.dearTasks().forEach(t -> t.lines());
        r.returns().forEach(x -> x.lines());
        return r;
    }
}
