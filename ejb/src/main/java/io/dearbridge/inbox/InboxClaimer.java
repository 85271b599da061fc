package io.dearbridge.inbox;

import io.dearbridge.cluster.ThisNode;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.sync.WaitReason;
import io.dearbridge.sync.ClaimScope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * The events of each account due longest, up to its quota (on {@code ix_inbox_account_due}), or of the orphaned accounts, across the
     * claimable statuses. One query per status, each ordered by due time on
     * {@code ix_inbox_due (status, next_attempt_at)}, so a claim reads about as many rows as it returns: with all
     * three statuses in one query ordered by id, PostgreSQL read and sorted every due row (measured: 50 ms at
     * 100,000 waiting events, and growing with the backlog). Order within a sale is kept by the handler.
     */
    public List<Claim> claimDue(Map<String, Integer> quotas) {
        // One transaction for the round: one per account ran a hundred transactions a second on the drain's one
        // thread with a hundred busy accounts, and the accounts waited for their turn in it (issue 27).
        Instant now = Instant.now();
        Map<String, Set<InboxStatus>> again = dueAgain(now);
        List<Claim> claims = new ArrayList<>();
        quotas.forEach((account, max) -> {
            EnumSet<InboxStatus> statuses = EnumSet.of(InboxStatus.RECEIVED);
            statuses.addAll(again.getOrDefault(account, Set.of()));
            claims.addAll(claim(ClaimScope.account(account), max, statuses, now));
        });
        return claims;
    }

    /**
     * The accounts with an event due again (to retry, or whose claim's lease ran out), and in which of those statuses:
     * one read of the few such rows per round, so that an account's claim asks only the statuses it has due. Asking
     * all three for every account was two thirds of the claim's queries, 7 % of the JVM's samples (issue 27).
     */
    private Map<String, Set<InboxStatus>> dueAgain(Instant now) {
        Map<String, Set<InboxStatus>> due = new HashMap<>();
        em.createQuery("select distinct e.accountCode, e.status from InboxEvent e"
                        + " where e.status in (:retry, :processing) and e.trail.nextAttemptAt <= :now", Object[].class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("retry", InboxStatus.RETRY)
                .setParameter("processing", InboxStatus.PROCESSING)
                .setParameter("now", now)
                .getResultList()
                .forEach(row -> due.computeIfAbsent((String) row[0], a -> EnumSet.noneOf(InboxStatus.class))
                        .add((InboxStatus) row[1]));
        return due;
    }

    /**
     * Which of {@code accounts} have an event due now: one read per claim round (on {@code ix_inbox_due}), so that
     * accounts with nothing due cost no claim transaction. No lock: the claim that follows locks.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> withDue(Collection<String> accounts) {
        return ClaimScope.accountsWithDue(em, "InboxEvent", CLAIMABLE, accounts);
    }

    public List<Claim> claimOrphans(Collection<String> configured, int max) {
        return claim(ClaimScope.orphansOf(configured), max, CLAIMABLE, Instant.now());
    }

    /** Events this node was processing when it stopped fall due now, not at their lease's end. */
    public int takeBackOwnClaims() {
        return ClaimScope.takeBackOwnClaims(em, "InboxEvent", InboxStatus.PROCESSING);
    }

    private List<Claim> claim(ClaimScope scope, int max, Set<InboxStatus> statuses, Instant now) {
        List<InboxEvent> due = new ArrayList<>();
        for (InboxStatus status : statuses) {
            TypedQuery<InboxEvent> query = scope.bind(em.createQuery("select e from InboxEvent e"
                            + " where e.status = :status" + scope.filter("e") + " and e.trail.nextAttemptAt <= :now"
                            + " order by e.trail.nextAttemptAt", InboxEvent.class))
                    .setParameter("status", status)
                    .setParameter("now", now)
                    .setMaxResults(max)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED);
            due.addAll(query.getResultList());
        }
        // Rows locked but not taken are released when this short transaction commits.
        List<Claim> claims = new ArrayList<>();
        due.sort(Comparator.comparing((InboxEvent e) -> e.trail().nextAttemptAt()).thenComparing(InboxEvent::id));
        for (InboxEvent event : due) {
            if (claims.size() == max) {
                break;
            }
            int attempt = event.startAttempt(now, now.plus(settings.lease()), ThisNode.name());
            if (earlierPending(event)) {
                event.defer(now.plus(settings.waitForEarlier()), now, WaitReason.EARLIER_EVENT);
                continue;
            }
            claims.add(new Claim(event.id(), event.accountCode(), event.eventType(), attempt, now, event.document()));
        }
        return claims;
    }

    /**
     * Whether an earlier event about the same document still waits: events of one document apply in order, events of
     * different documents (another sale, or a purchase) never wait on each other. A document is named by its DEAR id,
     * or, for an event that carries only the task (purchases always; some sale events), by that task. Asked here, in
     * the claim's transaction, for every handler: asked by each handler it cost two reads and a transaction per event
     * (issue 27's profile), and an event that must wait is not handed out at all.
     */
    private boolean earlierPending(InboxEvent event) {
        if (event.documentKind() == null || event.documentId() == null && event.documentTaskId() == null) {
            return false;
        }
        boolean byId = event.documentId() != null;
        // No flush first: the events this claim changed were pending before and still are. One parameter per
        // status rather than a list: Hibernate translates a query with a list parameter again on every run.
        return !em.createQuery("select e.id from InboxEvent e where e.accountCode = :account"
                        + " and e.documentKind = :kind and " + (byId ? "e.documentId" : "e.documentTaskId") + " = :document"
                        + " and e.id < :id and e.status in (:received, :processing, :retry)", Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("account", event.accountCode())
                .setParameter("kind", event.documentKind())
                .setParameter("document", byId ? event.documentId() : event.documentTaskId())
                .setParameter("id", event.id())
                .setParameter("received", InboxStatus.RECEIVED)
                .setParameter("processing", InboxStatus.PROCESSING)
                .setParameter("retry", InboxStatus.RETRY)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
