package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the bridge holds about a set of sales of one account, read in chunks through the sale indexes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KnownSales {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    public Map<String, KnownSale> of(String accountCode, Collection<String> saleIds) {
        List<String> ids = List.copyOf(saleIds);
        Map<String, Instant> modified = new HashMap<>();
        Map<String, String> statuses = new HashMap<>();
        Map<String, Boolean> waiting = new HashMap<>();
        Map<String, Instant> settled = new HashMap<>();
        java.util.Set<String> history = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object o : em.createNativeQuery("SELECT sale_id, dear_modified_at, dear_status FROM warehouse_order"
                            + " WHERE account_code = ?1 AND sale_id IN (?2)")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                modified.put((String) row[0], instant(row[1]));
                statuses.put((String) row[0], (String) row[2]);
            }
            for (Object o : em.createNativeQuery("SELECT document_id,"
                            + " MAX(CASE WHEN status IN ('RECEIVED', 'PROCESSING', 'RETRY') THEN 1 ELSE 0 END),"
                            + " MAX(CASE WHEN status IN ('DONE', 'SKIPPED', 'FAILED', 'DISMISSED') THEN updated_at END)"
                            + " FROM inbox_event WHERE account_code = ?1 AND document_kind = 'SALE'"
                            + " AND document_id IN (?2) GROUP BY document_id")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                waiting.put((String) row[0], ((Number) row[1]).intValue() == 1);
                settled.put((String) row[0], instant(row[2]));
            }
            for (Object id : em.createNativeQuery("SELECT sale_id FROM seen_sale WHERE account_code = ?1"
                            + " AND sale_id IN (?2)")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                history.add((String) id);
            }
        }
        Map<String, KnownSale> known = new HashMap<>();
        List<String> all = new ArrayList<>(modified.keySet());
        waiting.keySet().stream().filter(id -> !modified.containsKey(id)).forEach(all::add);
        history.stream().filter(id -> !all.contains(id)).forEach(all::add);
        for (String id : all) {
            known.put(id, new KnownSale(id, modified.get(id), statuses.get(id), waiting.getOrDefault(id, false),
                    settled.get(id), history.contains(id)));
        }
        return known;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
    }
}
