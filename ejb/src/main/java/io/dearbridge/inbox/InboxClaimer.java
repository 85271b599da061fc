package io.dearbridge.inbox;

import io.dearbridge.cluster.ThisNode;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Hands out due inbox events in a short transaction: rows are locked with SKIP LOCKED, so several nodes
 * (or threads) never take the same event, and marked PROCESSING with a lease before the lock is released.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboxClaimer {

    /** Hibernate's value for SKIP LOCKED in the lock-timeout hint. */
    private static final int SKIP_LOCKED = -2;

    private static final EnumSet<InboxStatus> CLAIMABLE =
            EnumSet.of(InboxStatus.RECEIVED, InboxStatus.RETRY, InboxStatus.PROCESSING);

    @PersistenceContext
    EntityManager em;

    @Inject
    InboxSettings settings;

    /**
     * The events due longest, across the claimable statuses. One query per status, each ordered by due time on
     * {@code ix_inbox_due (status, next_attempt_at)}, so a claim reads about as many rows as it returns: with all
     * three statuses in one query ordered by id, PostgreSQL read and sorted every due row (measured: 50 ms at
     * 100,000 waiting events, and growing with the backlog). Order within a sale is kept by the handler.
     */
    public List<Claim> claimDue(int max) {
        return claim("", null, max);
    }

    /** The events of one account due longest, on {@code ix_inbox_account_due (account_code, status, next_attempt_at)}. */
    public List<Claim> claimDue(String accountCode, int max) {
        return claim(" and e.accountCode = :account", accountCode, max);
    }

    /** Due events of accounts no longer configured (so they fail with a message instead of waiting unseen). */
    public List<Claim> claimOrphans(Collection<String> configured, int max) {
        if (configured.isEmpty()) {
            return claimDue(max);
        }
        return claim(" and e.accountCode not in :account", configured, max);
    }

    /** Events this node was processing when it stopped (killed, or undeployed) fall due now, not at their lease's end. */
    public int takeBackOwnClaims() {
        return em.createQuery("update InboxEvent e set e.trail.nextAttemptAt = :now where e.status = :processing"
                        + " and e.claimedBy = :node and e.trail.nextAttemptAt > :now")
                .setParameter("now", Instant.now())
                .setParameter("processing", InboxStatus.PROCESSING)
                .setParameter("node", ThisNode.name())
                .executeUpdate();
    }

    private List<Claim> claim(String accountFilter, Object account, int max) {
        Instant now = Instant.now();
        List<InboxEvent> due = new ArrayList<>();
        for (InboxStatus status : CLAIMABLE) {
            TypedQuery<InboxEvent> query = em.createQuery("select e from InboxEvent e where e.status = :status"
                            + accountFilter + " and e.trail.nextAttemptAt <= :now order by e.trail.nextAttemptAt",
                            InboxEvent.class)
                    .setParameter("status", status)
                    .setParameter("now", now)
                    .setMaxResults(max)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED);
            if (account != null) {
                query.setParameter("account", account);
            }
            due.addAll(query.getResultList());
        }
        // Rows locked but not taken are released when this short transaction commits.
        return due.stream()
                .sorted(Comparator.comparing((InboxEvent e) -> e.trail().nextAttemptAt()).thenComparing(InboxEvent::id))
                .limit(max)
                .map(event -> new Claim(event.id(), event.accountCode(), event.eventType(), event.startAttempt(now, now.plus(settings.lease()), ThisNode.name()), now))
                .toList();
    }
}
