package io.dearbridge.sync;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
public class InboxDispatcher {

    private static final Logger LOG = Logger.getLogger(InboxDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    InboxClaimer claimer;

    @Inject
    InboxEventHandler handler;

    @Inject
    InboxSettings settings;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void start() {
        long period = settings.pollInterval().toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig("inbox-poll", false));
    }

    @Timeout
    void poll() {
        kick();
    }

    public void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxEventStored stored) {
        kick();
    }

    /** Starts a drain unless one is running; a running drain is told to look again when it ends. */
    public void kick() {
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (again.getAndSet(false)) {
                List<Claim> claims;
                while (!(claims = claimer.claimDue(settings.batchSize())).isEmpty()) {
                    process(claims);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbox drain stopped; the next poll resumes it", e);
        } finally {
            draining.set(false);
        }
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
