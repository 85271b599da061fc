package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records purchases reconciliation judged history ({@code seen_purchase}) with the row's content, in one transaction:
 * a later listing with the same content (a payment touched it) costs no GET and makes no receipt.
 */
@Stateless
public class SeenPurchases {

    @PersistenceContext
    EntityManager em;

    public void record(String accountCode, List<PurchaseChanges.Seen> history, Instant now) {
        for (PurchaseChanges.Seen seen : history) {
            String reason = seen.reason().length() > 200 ? seen.reason().substring(0, 200) : seen.reason();
            em.createNativeQuery("DELETE FROM seen_purchase WHERE account_code = ?1 AND purchase_id = ?2")
                    .setParameter(1, accountCode).setParameter(2, seen.row().id()).executeUpdate();
            em.createNativeQuery("INSERT INTO seen_purchase (account_code, purchase_id, row_digest, reason, seen_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, accountCode).setParameter(2, seen.row().id())
                    .setParameter(3, seen.row().digest()).setParameter(4, reason)
                    .setParameter(5, Timestamp.from(now)).executeUpdate();
        }
    }
}
