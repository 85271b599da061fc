package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each account's reconciliation watermark ({@code account.reconciled_until}): the newest {@code Updated} a completed
 * pass has seen, in DEAR's clock. It only moves forward, even when two passes finish in the wrong order.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Watermarks {

    @PersistenceContext
    EntityManager em;

    public Optional<Instant> of(String accountCode) {
        List<?> rows = em.createNativeQuery("SELECT reconciled_until FROM account WHERE code = ?1")
                .setParameter(1, accountCode).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(KnownSales.instant(rows.get(0)));
    }

    public void advance(String accountCode, Instant watermark) {
        em.createNativeQuery("UPDATE account SET reconciled_until = ?1 WHERE code = ?2"
                        + " AND (reconciled_until IS NULL OR reconciled_until < ?1)")
                .setParameter(1, watermark).setParameter(2, accountCode).executeUpdate();
    }
}
