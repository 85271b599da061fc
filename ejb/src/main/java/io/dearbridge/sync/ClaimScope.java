package io.dearbridge.sync;

import io.dearbridge.cluster.ThisNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which accounts one claim query of a queue takes due items of: one account ({@link FairClaims}' quota), or those no
 * longer configured (the orphans, so they fail with a message instead of waiting unseen), or, with no account
 * configured at all, every account. Both claimers write their query once, with this filter in it.
 */
public final class ClaimScope {

    private static final ClaimScope ALL = new ClaimScope("", null);

    private final String filter;
    private final Object accounts;

    private ClaimScope(String filter, Object accounts) {
        this.filter = filter;
        this.accounts = accounts;
    }

    public static ClaimScope account(String accountCode) {
        return new ClaimScope(" and %s.accountCode = :account", accountCode);
    }

    public static ClaimScope orphansOf(Collection<String> configured) {
        return configured.isEmpty() ? ALL : new ClaimScope(" and %s.accountCode not in :account", List.copyOf(configured));
    }

    /** The JPQL condition to append to the query's where clause, on the entity named {@code alias}. */
    public String filter(String alias) {
        return filter.formatted(alias);
    }

    /** Binds the condition's parameter, if it has one. */
    public <Q extends Query> Q bind(Q query) {
        if (accounts != null) {
            query.setParameter("account", accounts);
        }
        return query;
    }

    /**
     * Which of {@code accounts} have an item in one of {@code claimable} due now: one read per claim round, so that
     * accounts with nothing due cost no claim transaction. No lock: the claim that follows locks.
     * {@code entity}: the JPA entity name.
     */
    public static Set<String> accountsWithDue(EntityManager em, String entity, Collection<? extends Enum<?>> claimable,
                                              Collection<String> accounts) {
        // No list parameters (Hibernate translates such a query again on every run, and this one runs every round):
        // one parameter per status, and the accounts are picked out of the answer.
        List<? extends Enum<?>> statuses = List.copyOf(claimable);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < statuses.size(); i++) {
            in.append(i == 0 ? ":s0" : ", :s" + i);
        }
        TypedQuery<String> query = em.createQuery("select distinct x.accountCode from " + entity + " x"
                + " where x.status in (" + in + ") and x.trail.nextAttemptAt <= :now", String.class);
        for (int i = 0; i < statuses.size(); i++) {
            query.setParameter("s" + i, statuses.get(i));
        }
        Set<String> due = new HashSet<>(query.setParameter("now", Instant.now()).getResultList());
        due.retainAll(Set.copyOf(accounts));
        return due;
    }

    /**
     * Makes the items this node claimed ({@code claimed}: PROCESSING, SENDING) before it stopped, killed or undeployed
     * mid-work, due now rather than when their lease runs out; answers how many. {@code entity}: the JPA entity name.
     */
    public static int takeBackOwnClaims(EntityManager em, String entity, Enum<?> claimed) {
        return em.createQuery("update " + entity + " x set x.trail.nextAttemptAt = :now where x.status = :claimed"
                        + " and x.claimedBy = :node and x.trail.nextAttemptAt > :now")
                .setParameter("now", Instant.now())
                .setParameter("claimed", claimed)
                .setParameter("node", ThisNode.name())
                .executeUpdate();
    }
}
