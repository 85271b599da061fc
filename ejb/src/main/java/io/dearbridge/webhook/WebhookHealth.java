package io.dearbridge.webhook;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the last heal found per subscription ({@code webhook_health}), so that readiness on every node shows
 * subscriptions DEAR had switched off, or that could not be made or DEAR refused, whichever node healed them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookHealth {

    /** The outcome of a subscription DEAR refused (no Automation module?); reconciliation then runs more often. */
    public static final String REFUSED = "REFUSED";

    /** What the account view and the console say while DEAR refuses an account's subscriptions. */
    public static final String REFUSED_NOTE = "webhooks unavailable: DEAR refused the subscription (Automation module?)";

    @PersistenceContext
    EntityManager em;

    public void record(String accountCode, List<SubscriptionReport> report, Instant at) {
        for (SubscriptionReport r : report) {
            em.createNativeQuery("DELETE FROM webhook_health WHERE account_code = ?1 AND event_type = ?2")
                    .setParameter(1, accountCode).setParameter(2, r.type()).executeUpdate();
            String detail = r.detail() == null ? "" : r.detail();
            em.createNativeQuery("INSERT INTO webhook_health (account_code, event_type, outcome, detail, checked_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, accountCode).setParameter(2, r.type()).setParameter(3, r.outcome())
                    .setParameter(4, detail.substring(0, Math.min(detail.length(), 1000))).setParameter(5, at)
                    .executeUpdate();
        }
    }

    /** While the last heal found DEAR refusing the account's subscriptions: {@link #REFUSED_NOTE} and DEAR's answer. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> refusal(String accountCode) {
        List<?> details = em.createNativeQuery("SELECT detail FROM webhook_health WHERE account_code = ?1"
                        + " AND outcome = ?2 ORDER BY checked_at DESC, event_type")
                .setParameter(1, accountCode).setParameter(2, REFUSED).setMaxResults(1).getResultList();
        return details.stream().findFirst().map(d -> REFUSED_NOTE + (d == null || d.toString().isBlank() ? ""
                : ": " + d));
    }
}
