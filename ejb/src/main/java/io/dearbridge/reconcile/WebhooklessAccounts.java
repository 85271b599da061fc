package io.dearbridge.reconcile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Accounts whose webhook subscriptions DEAR refused at the last heal (outcome {@code REFUSED} in {@code webhook_health},
 * written by the webhook watchdog): reconciliation is all they have, so it runs every fallback period for them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WebhooklessAccounts {

    @PersistenceContext
    EntityManager em;

    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        for (Object code : em.createNativeQuery("SELECT DISTINCT account_code FROM webhook_health"
                + " WHERE outcome = 'REFUSED'").getResultList()) {
            codes.add(String.valueOf(code));
        }
        return codes;
    }
}
