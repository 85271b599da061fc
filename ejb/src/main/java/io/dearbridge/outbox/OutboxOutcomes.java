package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Records how an attempt ended, in a transaction of its own: the command's state, DEAR's answer, an
 * attempt row, and the handler's bookkeeping (e.g. the order's timeline) commit together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxOutcomes {

    private static final Logger LOG = Logger.getLogger(OutboxOutcomes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxSettings settings;

    /** The account had no DEAR call for writes yet: back in the queue unsent, no attempt counted. */
    public void deferred(ClaimedCommand claim, CommandHandler<?> handler, java.time.Duration retryAfter) {
        OutboxCommand command = em.find(OutboxCommand.class, claim.id());
        if (command != null && command.status() == OutboxStatus.SENDING) {
            Instant now = Instant.now();
            command.defer(now.plus(retryAfter), now, WaitReason.DEAR_BUDGET);
            holdIfCancelled(command, handler, now);
        }
    }

    /**
     * A void or undo that arrived while the command was in flight could not hold it (only waiting commands are
     * held); it is held here as it goes back to waiting, rather than at its next claim, which may be a while.
     */
    private void holdIfCancelled(OutboxCommand command, CommandHandler<?> handler, Instant now) {
        if (handler == null || !command.status().isDue()) {
            return;
        }
        handler.holdReason(command).ifPresent(reason -> {
            command.hold(now);
            handler.held(command, reason);
        });
    }

    public <D> void record(ClaimedCommand claim, CommandHandler<D> handler, Outcome<D> outcome) {
        OutboxCommand command = em.find(OutboxCommand.class, claim.id());
        if (command == null || command.status() != OutboxStatus.SENDING) {
            LOG.warning(() -> "Outbox command " + claim.id() + " is no longer SENDING; outcome " + outcome + " dropped");
            return;
        }
        Instant now = Instant.now();
        if (outcome instanceof Outcome.Sent<D> sent) {
            command.sent(sent.response(), now);
            em.persist(SyncAttempt.ofOutbox(claim.id(), claim.attemptNo(), claim.startedAt(), now, null));
            if (handler != null) {
                handler.sent(claim, sent);
            }
        } else if (outcome instanceof Outcome.Waiting<D> waiting) {
            // Not a failure: back to waiting with no attempt counted, as a deferral for the budget is.
            command.defer(now.plus(waiting.recheck()), now, waiting.reason());
            holdIfCancelled(command, handler, now);
            if (handler != null && command.status().isDue()) {
                handler.waiting(claim, waiting);
            }
            LOG.fine(() -> "Outbox command " + claim.id() + " waits: " + waiting.note());
        } else if (outcome instanceof Outcome.Failed<D> failed) {
            SyncFailure failure = failed.failure();
            command.fail(failure, settings.retryPolicy(), now);
            em.persist(SyncAttempt.ofOutbox(claim.id(), claim.attemptNo(), claim.startedAt(), now, failure));
            boolean terminal = command.status() == OutboxStatus.FAILED;
            holdIfCancelled(command, handler, now);
            if (handler != null) {
                handler.failed(claim, failure, terminal);
            }
            LOG.info(() -> "Outbox command " + claim.id() + " (" + claim.kind().code() + ") attempt "
                    + claim.attemptNo() + ": " + failure.describe() + (terminal ? " - FAILED" : " - will retry"));
        }
    }
}
