package io.dearbridge.inbox;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.dear.rate.DearWork;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import io.dearbridge.sync.AccountSlots;
import io.dearbridge.sync.DrainLoop;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the inbox off the request thread: a non-persistent timer polls (so events left over from a
 * restart or a retry delay are picked up), and a commit of a new event kicks it at once. One drain runs
 * at a time per node. It claims per account, fairly ({@link AccountSlots}): a few events of each account in
 * hand at once, none of an account whose DEAR budget has no token soon, accounts in rotating order; and it
 * does not wait for what it handed out: each finished event frees its account's place and kicks the drain.
 * Handlers run in the {@link Lane#IMPORT import lane}, so an event that finds no token is put back rather
 * than a thread sleeping in the governor. Ordering within a sale is enforced by the handler, not here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Its timer only starts work that opens its own transactions; the DEAR calls must not run inside one.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxDispatcher {

    private static final Logger LOG = Logger.getLogger(InboxDispatcher.class.getName());
    /** Events of accounts no longer configured are looked for this often, not on every claim. */
    private static final long ORPHAN_SWEEP_NANOS = TimeUnit.MINUTES.toNanos(5);

    @Resource
    TimerService timers;

    @Inject
    RateGovernor governor;

    @Resource
    ManagedExecutorService executor;

    @Inject
    InboxClaimer claimer;

    @Inject
    InboxEventHandler handler;

    @Inject
    InboxSettings settings;

    @Inject
    AccountRegistry accounts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private DrainLoop<Handout> loop;
    private AccountSlots slots;
    private final AtomicLong wakeAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastOrphanSweep = new AtomicLong(System.nanoTime() - ORPHAN_SWEEP_NANOS);

    @PostConstruct
    void start() {
        slots = new AccountSlots(settings.perAccount(), governor.lanes().deferAfter().toNanos(), System::nanoTime);
        loop = new DrainLoop<>("Inbox", executor, this::claimFairly, this::handOut);
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

    private List<Handout> claimFairly() {
        List<String> codes = accounts.all().stream().map(DearAccount::code).toList();
        Map<String, Integer> quotas = slots.quotas(codes,
                code -> governor.gate(code).nanosUntilNext(Lane.IMPORT));
        List<Handout> handouts = new ArrayList<>();
        quotas.forEach((code, quota) -> {
            for (Claim claim : claimer.claimDue(code, quota)) {
                slots.took(code);
                handouts.add(new Handout(code, claim));
            }
        });
        long now = System.nanoTime();
        long last = lastOrphanSweep.get();
        if (now - last >= ORPHAN_SWEEP_NANOS && lastOrphanSweep.compareAndSet(last, now)) {
            for (Claim claim : claimer.claimOrphans(codes, settings.batchSize())) {
                slots.took("");
                handouts.add(new Handout("", claim));
            }
        }
        wakeForRestingAccounts();
        return handouts;
    }

    /** An account resting for want of a token is looked at again when the token is due, not at the next poll. */
    private void wakeForRestingAccounts() {
        long wait = slots.nanosUntilFirstWake();
        if (wait < 0 || wait >= settings.pollInterval().toNanos()) {
            return;
        }
        long at = System.nanoTime() + wait;
        long pending = wakeAt.get();
        if (pending - System.nanoTime() > 0 && pending - at <= 0) {
            return;
        }
        wakeAt.set(at);
        scheduler.schedule(this::kick, TimeUnit.NANOSECONDS.toMillis(wait) + 1, TimeUnit.MILLISECONDS);
    }

    private void handOut(List<Handout> handouts) {
        for (Handout handout : handouts) {
            executor.execute(() -> run(handout));
        }
    }

    private void run(Handout handout) {
        try {
            Optional<CallDeferred> deferred = DearWork.run(Lane.IMPORT, () -> handler.handle(handout.claim()));
            deferred.ifPresent(d -> slots.rest(handout.account(), d.retryAfter().toNanos()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox handler failed unexpectedly", e);
        } finally {
            slots.finished(handout.account());
            kick();
        }
    }

    /** An event claimed for an account, on its way to a handler. */
    private record Handout(String account, Claim claim) {
    }
}
