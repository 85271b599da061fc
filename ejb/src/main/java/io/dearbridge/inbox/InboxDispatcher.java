package io.dearbridge.inbox;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.cluster.ThisNode;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.DearWork;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
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
 * Drains the inbox off the request thread: a non-persistent timer polls (so events left over from a
 * restart or a retry delay are picked up), and a commit of a new event kicks it at once. One drain runs
 * at a time per node. It claims per account, fairly ({@link AccountSlots}): a few events of each account in
 * hand at once, none of an account whose DEAR budget has no token soon, accounts in rotating order; and it
 * does not wait for what it handed out: each finished event frees its account's place and kicks the drain.
 * Handlers run in the {@link Lane#IMPORT import lane}, so an event that finds no token is put back rather
 * than a thread sleeping in the governor. Each event goes to the handler of its type ({@link InboxHandlers});
 * ordering within a document is enforced by the handler, not here.
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
    RateGovernor governor;

    @Resource
    ManagedExecutorService executor;

    @Inject
    InboxClaimer claimer;

    @Inject
    InboxHandlers handlers;

    @Inject
    InboxOutcomes outcomes;

    @Inject
    InboxSettings settings;

    @Inject
    AccountRegistry accounts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private DrainLoop<Claim> loop;
    private FairClaims<Claim> claims;

    @PostConstruct
    void start() {
        AccountSlots slots = new AccountSlots(settings.perAccount(), governor.lanes().deferAfter().toNanos(),
                System::nanoTime);
        claims = new FairClaims<>(slots, claimer::claimDue, claimer::claimOrphans, Claim::accountCode,
                code -> governor.gate(code).nanosUntilNext(Lane.IMPORT), settings.pollInterval(), settings.batchSize(),
                nanos -> scheduler.schedule(this::kick, TimeUnit.NANOSECONDS.toMillis(nanos) + 1, TimeUnit.MILLISECONDS));
        loop = new DrainLoop<>("Inbox", executor,
                () -> claims.claim(accounts.all().stream().map(DearAccount::code).toList()),
                handouts -> handouts.forEach(claim -> executor.execute(() -> run(claim))));
        int takenBack = claimer.takeBackOwnClaims();
        if (takenBack > 0) {
            LOG.info(() -> "Took back " + takenBack + " inbox events this node (" + ThisNode.name()
                    + ") had in hand when it last stopped; they are due now");
        }
        long period = settings.pollInterval().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("inbox-poll", false));
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

    public void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxEventStored stored) {
        kick();
    }

    public void kick() {
        loop.kick();
    }

    private void run(Claim claim) {
        try {
            Optional<CallDeferred> deferred = DearWork.run(Lane.IMPORT, () -> route(claim));
            deferred.ifPresent(d -> claims.rest(claim, d.retryAfter().toNanos()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox handler failed unexpectedly", e);
        } finally {
            claims.finished(claim);
            kick();
        }
    }

    /** To the handler of the event's type; a type none takes (its feature not deployed) is kept as IGNORED. */
    private void route(Claim claim) {
        handlers.forType(claim.eventType()).ifPresentOrElse(handler -> handler.handle(claim),
                () -> outcomes.unhandled(claim));
    }
}
