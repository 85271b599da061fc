package io.dearbridge.reconcile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reconciliation's settings ({@code dearbridge.reconcile.*}); README, "Reconciliation". */
@ApplicationScoped
public class ReconcileSettings {

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

    public Duration lease() {
        return lease;
    }
}
