package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records sales reconciliation judged history ({@code seen_sale}), in one transaction: a later listing of them costs
 * no GET and makes no order. Only sales not recorded yet come here ({@link KnownSales} read them in the same pass, and
 * the account's lease row keeps passes of one account apart).
 */
@Stateless
public class SeenSales {

    @PersistenceContext
    EntityManager em;

    public void record(String accountCode, List<ListedSale> history, Instant horizonStart, Instant now) {
        for (ListedSale sale : history) {
            String reason = SaleChanges.reason(sale, horizonStart);
            em.createNativeQuery("INSERT INTO seen_sale (account_code, sale_id, reason, seen_at)"
                            + " VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, accountCode)
                    .setParameter(2, sale.saleId())
                    .setParameter(3, reason.length() > 200 ? reason.substring(0, 200) : reason)
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
        }
    }
}
