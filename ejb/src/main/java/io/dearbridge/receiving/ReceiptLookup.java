package io.dearbridge.receiving;

import io.dearbridge.domain.receiving.PurchaseType;
import io.dearbridge.domain.receiving.Receipt;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * Names a purchase from what the bridge already stores, without asking DEAR: a webhook's {@code TaskID} is the
 * purchase itself (Simple), or a task the bridge has seen on it (an Advanced receiving task, or one its arrival
 * went to).
 */
@Stateless
public class ReceiptLookup {

    /** A stored purchase and the type it had when last read (a hint only: DEAR converts). */
    public record Known(String purchaseId, PurchaseType type) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Known> byPurchase(String accountCode, String purchaseId) {
        return em.createNamedQuery(Receipt.BY_PURCHASE, Receipt.class).setParameter("account", accountCode)
                .setParameter("purchaseId", purchaseId.toLowerCase(Locale.ROOT)).getResultStream().findFirst()
                .map(r -> new Known(r.purchaseId(), r.purchaseType()));
    }

    public Optional<Known> byTaskOrPurchase(String accountCode, String taskId) {
        String id = taskId.toLowerCase(Locale.ROOT);
        Optional<Known> direct = byPurchase(accountCode, id);
        if (direct.isPresent()) {
            return direct;
        }
        Optional<Known> viaDear = em.createQuery("select distinct t.receipt from DearStockTask t"
                        + " where t.receipt.accountCode = :account and t.taskId = :task", Receipt.class)
                .setParameter("account", accountCode).setParameter("task", id).setMaxResults(1)
                .getResultStream().findFirst().map(r -> new Known(r.purchaseId(), r.purchaseType()));
        if (viaDear.isPresent()) {
            return viaDear;
        }
        return em.createQuery("select a.receipt from ReceiptArrival a where a.receipt.accountCode = :account"
                        + " and a.dearTaskId = :task", Receipt.class)
                .setParameter("account", accountCode).setParameter("task", id).setMaxResults(1)
                .getResultStream().findFirst().map(r -> new Known(r.purchaseId(), r.purchaseType()));
    }
}
