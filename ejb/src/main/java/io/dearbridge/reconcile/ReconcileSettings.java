package io.dearbridge.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reconciliation's settings ({@code dearbridge.reconcile.*}); README, "Reconciliation". */
@ApplicationScoped
public class ReconcileSettings {

    /** A pass costs at least one saleList call: every 5 s at most keeps a webhook-less account far inside 60 a minute. */
    static final Duration MIN_FALLBACK_PERIOD = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.interval", defaultValue = "PT5M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.first-delay", defaultValue = "PT1M")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.overlap", defaultValue = "PT5M")
    Duration overlap;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.horizon", defaultValue = "P7D")
    Duration horizon;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.lease", defaultValue = "PT15M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.fallback-interval", defaultValue = "PT2M")
    Duration fallbackInterval;

    @Inject
    @ConfigProperty(name = "dearbridge.reconcile.purchase-sweep", defaultValue = "PT6H")
    Duration purchaseSweep;

    public boolean enabled() {
        return enabled;
    }

    public Duration interval() {
        return interval;
    }

    public Duration firstDelay() {
        return firstDelay;
    }

    public Duration overlap() {
        return overlap;
    }

    public Duration horizon() {
        return horizon;
    }

    /** How often open purchases are listed status by status (besides the first pass); docs/receiving.md. */
    public Duration purchaseSweep() {
        return purchaseSweep;
    }

    public Duration lease() {
        return lease;
    }

    /** How late an order may arrive for an account whose webhooks DEAR refuses: reconciled twice per this. */
    public Duration fallbackInterval() {
        return fallbackInterval;
    }

    /** The fallback timer's period: half the fallback interval (a change waits at most one period), at least 5 s. */
    public Duration fallbackPeriod() {
        Duration half = fallbackInterval.dividedBy(2);
        return half.compareTo(MIN_FALLBACK_PERIOD) < 0 ? MIN_FALLBACK_PERIOD : half;
    }
}
