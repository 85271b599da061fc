package io.dearbridge.inbox;

import io.dearbridge.metrics.LogContext;
import io.dearbridge.dear.rate.Lane;
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
import java.util.logging.Logger;

/**
 * Drains the inbox off the request thread, in the shared dispatcher shell ({@link QueueDispatch}: fair claims per
 * account, the poll timer, take-back at start); a commit of a new event kicks it at once. Handlers run in the
 * {@link Lane#IMPORT import lane}, so an event that finds no token is put back rather than a thread sleeping in the
 * governor. Each event goes to the handler of its type ({@link InboxHandlers}); ordering within a document is
 * kept by the claimer, which holds back an event while an earlier one of its document waits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Its timer only starts work that opens its own transactions; the DEAR calls must not run inside one.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxDispatcher {

    private static final Logger LOG = Logger.getLogger(InboxDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Inject
    QueueDispatches dispatches;

    @Inject
    InboxClaimer claimer;

    @Inject
    InboxHandlers handlers;

    @Inject
    InboxOutcomes outcomes;

    @Inject
    InboxSettings settings;

    private QueueDispatch<Claim> dispatch;

    @PostConstruct
    void start() {
        // Finds the handlers now, so two handlers claiming one type fail the deployment rather than the first event.
        String routes = handlers.describe();
        LOG.info(() -> "Inbox handlers: " + routes);
        dispatch = dispatches.create("Inbox", Lane.IMPORT, settings.queue(), new QueueDispatch.Queue<>(
                claimer::claimDue, claimer::claimOrphans, claimer::takeBackOwnClaims, Claim::accountCode, this::route,
                claimer::withDue));
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

    public void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxEventStored stored) {
        kick();
    }

    public void kick() {
        dispatch.kick();
    }

    /** To the handler of the event's type; a type none takes (its feature not deployed) is kept as IGNORED. */
    private void route(Claim claim) {
        try (LogContext.Scope sale = LogContext.with(LogContext.SALE, claim.documentNumber())) {
            handlers.forType(claim.eventType()).ifPresentOrElse(handler -> handler.handle(claim),
                    () -> outcomes.unhandled(claim));
        }
    }
}
