package io.dearbridge.reconcile;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.sync.BackgroundWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reconciliation timer: every {@code dearbridge.reconcile.interval} it starts a pass per account, each on the
 * background executor ({@link BackgroundWork}) so that one account's slow DEAR (or spent rate budget) never holds up
 * another's, nor the inbox and outbox items on the default executor. Every node runs
 * this timer; the account's lease makes one pass per interval happen in the whole cluster. A second timer, every half
 * {@code dearbridge.reconcile.fallback-interval}, passes over the accounts whose webhooks DEAR refuses, so their orders
 * still arrive within that interval; the same lease spaces those passes across nodes.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());
    private static final String REGULAR = "reconcile";
    private static final String FALLBACK = "reconcile-fallback";

    @Resource
    TimerService timers;

    @Inject
    BackgroundWork background;

    @Inject
    AccountRegistry accounts;

    @Inject
    ReconcilePass pass;

    @Inject
    ReconcileSettings settings;

    @Inject
    WebhooklessAccounts webhookless;

    /** Accounts this node reconciles on the fallback timer, for a log line when that starts and ends. */
    private final Set<String> fallback = ConcurrentHashMap.newKeySet();

    /** Accounts with a pass running on this node, so a slow pass is not started twice here. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private volatile boolean stopped;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.warning("dearbridge.reconcile.enabled is false: sales whose webhooks DEAR never delivers are not found");
            return;
        }
        timers.createIntervalTimer(settings.firstDelay().toMillis(), settings.interval().toMillis(),
                new TimerConfig(REGULAR, false));
        long fallback = settings.fallbackPeriod().toMillis();
        timers.createIntervalTimer(fallback, fallback, new TimerConfig(FALLBACK, false));
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    @Timeout
    void tick(Timer timer) {
        if (FALLBACK.equals(timer.getInfo())) {
            fallbackTick();
            return;
        }
        for (DearAccount account : accounts.all()) {
            if (!stopped && running.add(account.code())) {
                start(account, settings.interval().dividedBy(2));
            }
        }
    }

    /** Only accounts without webhooks; spaced by half a period so each tick passes once in the cluster. */
    private void fallbackTick() {
        Set<String> webhookless;
        try {
            webhookless = this.webhookless.codes();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read which accounts DEAR refuses webhooks for; trying again next tick", e);
            return;
        }
        for (DearAccount account : accounts.all()) {
            boolean without = webhookless.contains(account.code());
            if (without && fallback.add(account.code())) {
                LOG.warning(() -> "DEAR refuses the webhooks of " + account.code() + ": reconciling it every "
                        + settings.fallbackPeriod() + " until a heal subscribes it");
            } else if (!without && fallback.remove(account.code())) {
                LOG.info(() -> "Webhooks of " + account.code() + " are subscribed again: back to reconciling every "
                        + settings.interval());
            }
            if (without && !stopped && running.add(account.code())) {
                start(account, settings.fallbackPeriod().dividedBy(2));
            }
        }
    }

    /** Hands a pass to the background executor; one it refuses (the application stopping) is no longer running. */
    private void start(DearAccount account, Duration spacing) {
        try {
            background.execute(() -> runQuietly(account, spacing));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.remove(account.code());
        }
    }

    private void runQuietly(DearAccount account, Duration spacing) {
        try {
            pass.run(account, spacing);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation of " + account.code() + " failed unexpectedly", e);
        } finally {
            running.remove(account.code());
        }
    }
}
