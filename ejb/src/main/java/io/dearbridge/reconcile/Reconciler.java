package io.dearbridge.reconcile;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
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
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reconciliation timer: every {@code dearbridge.reconcile.interval} it starts a pass per account, each on the
 * managed executor so that one account's slow DEAR (or spent rate budget) never holds up another's. Every node runs
 * this timer; the account's lease makes one pass per interval happen in the whole cluster.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountRegistry accounts;

    @Inject
    ReconcilePass pass;

    @Inject
    ReconcileSettings settings;

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
                new TimerConfig("reconcile", false));
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    @Timeout
    void tick() {
        for (DearAccount account : accounts.all()) {
            if (!stopped && running.add(account.code())) {
                executor.execute(() -> runQuietly(account));
            }
        }
    }

    private void runQuietly(DearAccount account) {
        try {
            pass.run(account);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation of " + account.code() + " failed unexpectedly", e);
        } finally {
            running.remove(account.code());
        }
    }
}
