package io.dearbridge.outbox;

import io.dearbridge.cluster.ThisNode;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.sync.ClaimScope;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hands out due commands in a short transaction. Rows are locked with SKIP LOCKED, so two nodes never take
 * the same command, and a command is only due when every earlier command of its ordering key is SENT or
 * DISMISSED: one in flight per key, in id order, and a FAILED or HELD command stops the ones behind it.
 * Claimed commands are marked SENDING with a lease before the lock is released; DEAR is called after commit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaimer {

    /** Hibernate's value for SKIP LOCKED in the lock-timeout hint. */
    private static final int SKIP_LOCKED = -2;

    private static final EnumSet<OutboxStatus> CLAIMABLE =
            EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY, OutboxStatus.SENDING);
    private static final EnumSet<OutboxStatus> FINISHED = EnumSet.of(OutboxStatus.SENT, OutboxStatus.DISMISSED);

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxSettings settings;

    @Inject
    CommandHandlers handlers;

    /** The due commands of each account up to its quota, oldest first, in one transaction for the round. */
    public List<ClaimedCommand> claimDue(Map<String, Integer> quotas) {
        List<ClaimedCommand> claims = new ArrayList<>();
        quotas.forEach((account, max) -> claims.addAll(claim(ClaimScope.account(account), max)));
        return claims;
    }

    /**
     * Which of {@code accounts} have a command due now (its turn behind earlier commands of its key not asked): one
     * read per claim round, so that accounts with nothing due cost no claim transaction. No lock: the claim locks.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> withDue(Collection<String> accounts) {
        return ClaimScope.accountsWithDue(em, "OutboxCommand", CLAIMABLE, accounts);
    }

    public List<ClaimedCommand> claimOrphans(Collection<String> configured, int max) {
        return claim(ClaimScope.orphansOf(configured), max);
    }

    /**
     * Commands this node was sending when it stopped (killed, or undeployed mid-call) fall due now rather than when
     * their lease runs out; their next claim treats DEAR's outcome as unknown and re-reads DEAR first.
     */
    public int takeBackOwnClaims() {
        return ClaimScope.takeBackOwnClaims(em, "OutboxCommand", OutboxStatus.SENDING);
    }

    private List<ClaimedCommand> claim(ClaimScope scope, int max) {
        Instant now = Instant.now();
        TypedQuery<OutboxCommand> query = scope.bind(em.createQuery("select c from OutboxCommand c"
                        + " where c.status in :claimable" + scope.filter("c")
                        + " and c.trail.nextAttemptAt <= :now and not exists (select p.id from OutboxCommand p"
                        + " where p.accountCode = c.accountCode and p.orderingKey = c.orderingKey and p.id < c.id"
                        + " and p.status not in :finished) order by c.id", OutboxCommand.class)
                .setParameter("claimable", CLAIMABLE)
                .setParameter("finished", FINISHED)
                .setParameter("now", now)
                .setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED));
        List<OutboxCommand> due = query.getResultList();
        List<ClaimedCommand> claims = new ArrayList<>();
        for (OutboxCommand command : due) {
            claim(command, now).ifPresent(claims::add);
        }
        return claims;
    }

    private Optional<ClaimedCommand> claim(OutboxCommand command, Instant now) {
        if (command.status() == OutboxStatus.SENDING) {
            // Its node vanished mid-call: DEAR may or may not have the write, so the next attempt re-reads first.
            int attempt = command.trail().attempts();
            SyncFailure lost = new SyncFailure(FailureKind.TRANSIENT, null,
                    "No outcome was recorded: the node sending it stopped (its lease ran out, or it started again)");
            command.fail(lost, settings.retryPolicy(), now);
            em.persist(SyncAttempt.ofOutbox(command.id(), attempt, command.updatedAt(), now, lost));
            if (command.status() == OutboxStatus.FAILED) {
                handlers.forKind(command.kind()).ifPresent(h -> h.failed(claimOf(command, attempt, now, true),
                        lost, true));
                return Optional.empty();
            }
        }
        Optional<CommandHandler<?>> handler = handlers.forKind(command.kind());
        Optional<String> hold = handler.flatMap(h -> h.holdReason(command));
        if (hold.isPresent()) {
            command.hold(now);
            handler.get().held(command, hold.get());
            return Optional.empty();
        }
        boolean unknown = command.trail().attempts() > 0
                && command.trail().lastFailureKind() == FailureKind.TRANSIENT;
        int attempt = command.startAttempt(now, now.plus(settings.lease()), ThisNode.name());
        return Optional.of(claimOf(command, attempt, now, unknown));
    }

    private static ClaimedCommand claimOf(OutboxCommand command, int attempt, Instant now, boolean unknown) {
        return new ClaimedCommand(command.id(), command.accountCode(), command.orderingKey(), command.kind(),
                command.payload(), attempt, now, unknown);
    }
}
