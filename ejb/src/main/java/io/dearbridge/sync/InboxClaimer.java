package io.dearbridge.sync;

import io.dearbridge.domain.sync.InboxEvent;
import io.dearbridge.domain.sync.InboxStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
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

    public List<Claim> claimDue(int max) {
        Instant now = Instant.now();
        List<InboxEvent> due = em.createQuery("select e from InboxEvent e where e.status in :claimable"
                        + " and e.trail.nextAttemptAt <= :now order by e.id", InboxEvent.class)
                .setParameter("claimable", CLAIMABLE)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
        return due.stream()
                .map(event -> new Claim(event.id(), event.startAttempt(now, now.plus(settings.lease())), now))
                .toList();
    }
}
