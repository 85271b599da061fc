package io.dearbridge.stuck;

import io.dearbridge.cluster.JobLease;
import io.dearbridge.domain.order.StuckRule;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code dearbridge.stuck.interval} one node (a lease) flags orders that waited too long: authorised but not
 * picked ({@code awaiting-pick}), picking or packed without moving on ({@code in-warehouse}), or shipped by the
 * warehouse and, with every command sent, still not shipped in DEAR ({@code unconfirmed-ship}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StuckOrderWatch {

    private static final Logger LOG = Logger.getLogger(StuckOrderWatch.class.getName());
    private static final int MAX_PER_RUN = 1000;

    @Resource
    TimerService timers;

    @Inject
    StuckOrderSweep sweep;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "dearbridge.stuck.interval", defaultValue = "PT15M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "dearbridge.stuck.first-delay", defaultValue = "PT2M")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "dearbridge.stuck.awaiting-pick", defaultValue = "PT24H")
    Duration awaitingPick;

    @Inject
    @ConfigProperty(name = "dearbridge.stuck.in-warehouse", defaultValue = "PT24H")
    Duration inWarehouse;

    @Inject
    @ConfigProperty(name = "dearbridge.stuck.unconfirmed-ship", defaultValue = "PT2H")
    Duration unconfirmedShip;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(firstDelay.toMillis(), interval.toMillis(), new TimerConfig("stuck-orders", false));
    }

    @Timeout
    void tick() {
        try {
            lease.runOnce("stuck-orders", interval, interval.dividedBy(2), this::run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stuck-order check failed; the next run goes on", e);
        }
    }

    private Integer run() {
        StuckRule rule = new StuckRule(awaitingPick, inWarehouse, unconfirmedShip);
        Instant now = Instant.now();
        int flagged = 0;
        for (long id : sweep.candidates(rule, now, MAX_PER_RUN)) {
            flagged += sweep.check(id, rule, now) ? 1 : 0;
        }
        return flagged;
    }
}
