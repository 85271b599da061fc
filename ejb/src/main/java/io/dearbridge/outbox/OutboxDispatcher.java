package io.dearbridge.outbox;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.cluster.ThisNode;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.DearWork;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.sync.AccountSlots;
import io.dearbridge.sync.DrainLoop;
import io.dearbridge.sync.FairClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox off the request thread. A non-persistent EJB timer polls, so commands pending at a
 * restart or waiting for their retry time go out; the commit of a new command kicks it at once. One drain
 * runs per node. It claims per account ({@link AccountSlots}): one command of an account in flight at a time
 * by default (DEAR has been seen to answer bursts of concurrent calls with 403, docs/dear-api.md §1.2), accounts
 * side by side and in rotating order, none of an account whose budget has no token soon. Handlers run in
 * the {@link Lane#WRITE write lane}: a command that finds no token goes back unsent, no attempt counted,
 * and the dispatcher looks again when the token is due. Each DEAR call happens between the claim
 * transaction and the outcome transaction, never inside one.
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
    RateGovernor governor;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OutboxClaimer claimer;

    @Inject
    OutboxOutcomes outcomes;

    @Inject
    CommandHandlers handlers;

    @Inject
    OutboxSettings settings;

    @Inject
    AccountRegistry accounts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private DrainLoop<ClaimedCommand> loop;
    private FairClaims<ClaimedCommand> claims;

    @PostConstruct
    void start() {
        AccountSlots slots = new AccountSlots(settings.perAccount(), governor.lanes().deferAfter().toNanos(),
                System::nanoTime);
        claims = new FairClaims<>(slots, claimer::claimDue, claimer::claimOrphans, ClaimedCommand::accountCode,
                code -> governor.gate(code).nanosUntilNext(Lane.WRITE), settings.pollInterval(), settings.batchSize(),
                nanos -> scheduler.schedule(this::kick, TimeUnit.NANOSECONDS.toMillis(nanos) + 1, TimeUnit.MILLISECONDS));
        loop = new DrainLoop<>("Outbox", executor,
                () -> claims.claim(accounts.all().stream().map(DearAccount::code).toList()),
                handouts -> handouts.forEach(this::handOut));
        int takenBack = claimer.takeBackOwnClaims();
        if (takenBack > 0) {
            LOG.info(() -> "Took back " + takenBack + " outbox commands this node (" + ThisNode.name()
                    + ") had in hand when it last stopped; they are due now");
        }
        long period = settings.pollInterval().toMillis();
        timers.createIntervalTimer(Math.min(1000, period), period, new TimerConfig("outbox-poll", false));
    }

    @PreDestroy
    void stop() {
        loop.stop();
        // Handlers waiting for DEAR's rate window would hold the shutdown up to the governor's max wait.
        governor.closeAll();
    }

    @Timeout
    void poll() {
        kick();
    }

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommandQueued queued) {
        kick();
    }

    public void kick() {
        loop.kick();
    }

    private void handOut(ClaimedCommand claim) {
        executor.execute(() -> {
            try {
                Optional<CallDeferred> deferred = DearWork.run(Lane.WRITE, () -> send(claim));
                deferred.ifPresent(d -> {
                    claims.rest(claim, d.retryAfter().toNanos());
                    // The poll may be seconds away; a write should go out as soon as its token is due.
                    scheduler.schedule(this::kick, d.retryAfter().toMillis() + 1, TimeUnit.MILLISECONDS);
                });
            } finally {
                claims.finished(claim);
                kick();
            }
        });
    }

    private void send(ClaimedCommand claim) {
        handlers.forKind(claim.kind()).ifPresentOrElse(handler -> send(claim, handler),
                () -> outcomes.record(claim, null, Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null,
                        "No handler for command kind " + claim.kind().code()))));
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
