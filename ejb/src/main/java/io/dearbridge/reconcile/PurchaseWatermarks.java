package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each account's purchase cursor ({@code purchase_watermark}): the furthest (LastUpdatedDate, ID) a completed pass
 * has seen, in DEAR's clock, and when the open purchases were last listed status by status. It only moves forward.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurchaseWatermarks {

    /** The cursor and the last sweep of open purchases. */
    public record Mark(PurchaseChanges.Cursor cursor, Instant sweptAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Mark> of(String accountCode) {
        List<?> rows = em.createNativeQuery("SELECT updated_until, last_id, passed_at FROM purchase_watermark"
                + " WHERE account_code = ?1").setParameter(1, accountCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Mark(new PurchaseChanges.Cursor(KnownSales.instant(row[0]), (String) row[1]),
                KnownSales.instant(row[2])));
    }

    /** Moves the cursor forward (never back) and, after a sweep, records when it ran. */
    public void advance(String accountCode, PurchaseChanges.Cursor cursor, Instant sweptAt) {
        Optional<Mark> now = of(accountCode);
        if (now.isEmpty()) {
            em.createNativeQuery("INSERT INTO purchase_watermark (account_code, updated_until, last_id, passed_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, accountCode).setParameter(2, Timestamp.from(cursor.updated()))
                    .setParameter(3, cursor.id()).setParameter(4, Timestamp.from(sweptAt == null ? Instant.EPOCH
                            : sweptAt)).executeUpdate();
            return;
        }
        PurchaseChanges.Cursor next = cursor.compareTo(now.get().cursor()) > 0 ? cursor : now.get().cursor();
        Instant swept = sweptAt != null ? sweptAt : now.get().sweptAt();
        em.createNativeQuery("UPDATE purchase_watermark SET updated_until = ?1, last_id = ?2, passed_at = ?3"
                        + " WHERE account_code = ?4")
                .setParameter(1, Timestamp.from(next.updated())).setParameter(2, next.id())
                .setParameter(3, Timestamp.from(swept)).setParameter(4, accountCode).executeUpdate();
    }
}
