package io.dearbridge.inbox;

import io.dearbridge.sync.DrainLoop;

import jakarta.annotation.PostConstruct;
import io.dearbridge.dear.rate.RateGovernor;
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
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the inbox off the request thread: a non-persistent timer polls (so events left over from a
 * restart or a retry delay are picked up), and a commit of a new event kicks it at once. One drain runs
 * at a time per node; it claims a batch and processes it concurrently on the managed executor. Ordering
 * within a sale is enforced by the handler, not here.
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
    InboxEventHandler handler;

    @Inject
    InboxSettings settings;

    private DrainLoop<Claim> loop;

    @PostConstruct
    void start() {
        loop = new DrainLoop<>("Inbox", executor, () -> claimer.claimDue(settings.batchSize()), this::process);
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

    private void process(List<Claim> claims) {
        List<Future<?>> running = new ArrayList<>();
        for (Claim claim : claims) {
            running.add(executor.submit(() -> handler.handle(claim)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "Inbox handler failed unexpectedly", e.getCause());
            }
        }
    }
}
