package io.dearbridge.webhook;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.sync.BackgroundWork;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Heals webhook subscriptions shortly after start and then periodically, because DEAR switches a webhook
 * off silently after six failed deliveries. A failed round (DEAR unreachable) is retried sooner. Every node runs
 * this timer; a lease row per account makes one node heal it per interval (never two at once, which could create
 * a subscription twice). What it found is in readiness ({@code webhooks} check) on every node.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Its timer only starts work that opens its own transactions; the DEAR calls must not run inside one.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionWatchdog {

    private static final Logger LOG = Logger.getLogger(SubscriptionWatchdog.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AccountRegistry accounts;

    @Inject
    SubscriptionHealer healer;

    @Inject
    BackgroundWork background;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.heal-delay", defaultValue = "PT5S")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.heal-interval", defaultValue = "PT15M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "dearbridge.webhooks.heal-retry", defaultValue = "PT30S")
    Duration retry;

    @PostConstruct
    void start() {
        if (!healer.configured()) {
            LOG.warning("dearbridge.public-base-url is not set: webhook subscriptions are not managed");
            return;
        }
        schedule(firstDelay);
    }

    /** Whether the last round here healed everything; a retry after a failed round is not spaced. */
    private volatile boolean lastHealed = true;

    /**
     * The first round after a start is not spaced either: a restarted node checks at once, whatever another node
     * (or this one before its restart) did lately, since DEAR may have dropped deliveries to it meanwhile.
     */
    private volatile boolean firstRound = true;

    @Timeout
    void run(Timer timer) {
        // Each account's calls wait for its own rate tokens: one after another, a hundred accounts took about 18
        // minutes to heal at start (11 calls each at one a second), so they heal side by side.
        List<Future<Boolean>> heals = new ArrayList<>();
        for (DearAccount account : accounts.all()) {
            try {
                heals.add(background.submit(() -> healQuietly(account)));
            } catch (RejectedExecutionException e) {
                // The application is stopping.
                heals.add(CompletableFuture.completedFuture(false));
            }
        }
        boolean allHealed = true;
        for (Future<Boolean> heal : heals) {
            allHealed &= outcome(heal);
        }
        lastHealed = allHealed;
        firstRound = false;
        schedule(allHealed ? interval : retry);
    }

    private static boolean outcome(Future<Boolean> heal) {
        try {
            return heal.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Webhook healing failed unexpectedly", e.getCause());
            return false;
        }
    }

    private boolean healQuietly(DearAccount account) {
        try {
            // Every node's timer fires; the first takes the account's lease, the others find it healed recently.
            Optional<List<SubscriptionReport>> report = healer.healOnce(account,
                    lastHealed && !firstRound ? interval.dividedBy(2) : Duration.ZERO);
            return report.map(r -> r.stream().noneMatch(x -> x.outcome().equals("FAILED"))).orElse(true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook healing failed for " + account.code() + "; retrying in " + retry, e);
            return false;
        }
    }

    private void schedule(Duration delay) {
        timers.createSingleActionTimer(delay.toMillis(), new TimerConfig("webhook-watchdog", false));
    }
}
