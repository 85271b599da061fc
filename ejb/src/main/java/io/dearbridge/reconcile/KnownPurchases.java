package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the bridge holds about a set of purchases of one account (receipts, inbox events, history), in chunks. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KnownPurchases {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    public Map<String, KnownPurchase> of(String accountCode, Collection<String> purchaseIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(purchaseIds));
        Map<String, Object[]> receipts = new HashMap<>();
        Map<String, Boolean> waiting = new HashMap<>();
        Map<String, Instant> settled = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Object o : em.createNativeQuery("SELECT purchase_id, status, dear_status, dear_updated_raw,"
                            + " dear_updated_at FROM receipt WHERE account_code = ?1 AND purchase_id IN (?2)")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                receipts.put((String) row[0], row);
            }
            for (Object o : em.createNativeQuery("SELECT document_id,"
                            + " MAX(CASE WHEN status IN ('RECEIVED', 'PROCESSING', 'RETRY') THEN 1 ELSE 0 END),"
                            + " MAX(CASE WHEN status IN ('DONE', 'SKIPPED', 'FAILED', 'DISMISSED') THEN updated_at END)"
                            + " FROM inbox_event WHERE account_code = ?1 AND document_kind = 'PURCHASE'"
                            + " AND document_id IN (?2) GROUP BY document_id")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                waiting.put((String) row[0], ((Number) row[1]).intValue() == 1);
                settled.put((String) row[0], KnownSales.instant(row[2]));
            }
            for (Object o : em.createNativeQuery("SELECT purchase_id, row_digest FROM seen_purchase"
                            + " WHERE account_code = ?1 AND purchase_id IN (?2)")
                    .setParameter(1, accountCode).setParameter(2, chunk).getResultList()) {
                Object[] row = (Object[]) o;
                seen.put((String) row[0], (String) row[1]);
            }
        }
        Set<String> all = new LinkedHashSet<>(receipts.keySet());
        all.addAll(waiting.keySet());
        all.addAll(seen.keySet());
        Map<String, KnownPurchase> known = new HashMap<>();
        for (String id : all) {
            Object[] r = receipts.get(id);
            known.put(id, new KnownPurchase(id, r == null ? null : (String) r[1], r == null ? null : (String) r[2],
                    r == null ? null : (String) r[3], r == null ? null : KnownSales.instant(r[4]),
                    waiting.getOrDefault(id, false), settled.get(id), seen.get(id)));
        }
        return known;
    }
}
