package io.dearbridge.outbox;

import io.dearbridge.metrics.LogContext;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.sync.QueueDispatch;
import io.dearbridge.sync.QueueDispatches;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox off the request thread, in the shared dispatcher shell ({@link QueueDispatch}: fair claims per
 * account, the poll timer, take-back at start); the commit of a new command kicks it at once. One command of an
 * account in flight at a time by default (DEAR has been seen to answer bursts of concurrent calls with 403,
 * docs/dear-api.md §1.2). Handlers, found by the command's kind ({@link CommandHandlers}), run in the
 * {@link Lane#WRITE write lane}: a command that finds no token goes back unsent, no attempt counted, and the
 * dispatcher looks again when the token is due. Each DEAR call happens between the claim transaction and the outcome
 * transaction, never inside one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Inject
    QueueDispatches dispatches;

    @Inject
    OutboxClaimer claimer;

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    CommandHandlers handlers;

    @Inject
    OutboxSettings settings;

    private QueueDispatch<ClaimedCommand> dispatch;

    @PostConstruct
    void start() {
        dispatch = dispatches.create("Outbox", Lane.WRITE, settings.queue(), new QueueDispatch.Queue<>(
                claimer::claimDue, claimer::claimOrphans, claimer::takeBackOwnClaims, ClaimedCommand::accountCode,
                this::send, claimer::withDue));
        dispatch.start(timers);
    }

    @PreDestroy
    void stop() {
        dispatch.stop();
    }

    @Timeout
    void poll() {
        kick();
    }

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandQueued queued) {
        kick();
    }

    public void kick() {
        dispatch.kick();
    }

    private void send(ClaimedCommand claim) {
        String key = claim.orderingKey();
        String order = key != null && key.startsWith("order:") ? key.substring("order:".length()) : key;
        try (LogContext.Scope scope = LogContext.with(LogContext.ORDER, order)) {
            handlers.forKind(claim.kind()).ifPresentOrElse(handler -> send(claim, handler),
                    () -> outcomes.record(claim, null, Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null,
                            "No handler for command kind " + claim.kind().code()))));
        }
    }

    private <D> void send(ClaimedCommand claim, CommandHandler<D> handler) {
        Outcome<D> outcome;
        try {
            outcome = handler.send(claim);
        } catch (CallDeferred e) {
            outcomes.deferred(claim, handler, e.retryAfter());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox command " + claim.id() + " failed unexpectedly", e);
            // Whether DEAR got it is unknown, so the next attempt re-reads DEAR first.
            outcome = Outcome.failed(new SyncFailure(FailureKind.TRANSIENT, null,
                    "Unexpected error: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        }
        outcomes.record(claim, handler, outcome);
    }
}
