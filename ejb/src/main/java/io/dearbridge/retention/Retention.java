package io.dearbridge.retention;

import io.dearbridge.cluster.JobLease;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention timer: every {@code dearbridge.retention.interval} one node (a lease) deletes rows older than
 * {@code dearbridge.retention.age} in batches of {@code dearbridge.retention.batch-size}, at most
 * {@code max-batches} per kind and run, so a first run over a large backlog spreads over several runs.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetentionSweeper sweeper;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "dearbridge.retention.age", defaultValue = "P30D")
    Duration age;

    @Inject
    @ConfigProperty(name = "dearbridge.retention.interval", defaultValue = "PT1H")
    Duration interval;

    @Inject
    @ConfigProperty(name = "dearbridge.retention.first-delay", defaultValue = "PT10M")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "dearbridge.retention.batch-size", defaultValue = "500")
    int batchSize;

    @Inject
    @ConfigProperty(name = "dearbridge.retention.max-batches", defaultValue = "200")
    int maxBatches;

    private volatile boolean stopped;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(firstDelay.toMillis(), interval.toMillis(), new TimerConfig("retention", false));
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    @Timeout
    void tick() {
        try {
            lease.runOnce("retention", interval, interval.dividedBy(2), () -> sweep(Instant.now().minus(age)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; the next run goes on", e);
        }
    }

    /** Deletes what is older than {@code cutoff}; answers the rows deleted per kind. */
    public Map<String, Integer> sweep(Instant cutoff) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("inbox", drain(sweeper::inbox, cutoff));
        deleted.put("outbox", drain(sweeper::outbox, cutoff));
        deleted.put("attempts", drain(sweeper::attempts, cutoff));
        deleted.put("idempotency", drain(sweeper::idempotency, cutoff));
        if (deleted.values().stream().anyMatch(n -> n > 0)) {
            LOG.info(() -> "Retention deleted rows older than " + cutoff + ": " + deleted);
        }
        return deleted;
    }

    private int drain(BiFunction<Instant, Integer, Integer> batch, Instant cutoff) {
        int total = 0;
        for (int i = 0; i < maxBatches && !stopped; i++) {
            int n = batch.apply(cutoff, batchSize);
            total += n;
            if (n < batchSize) {
                break;
            }
        }
        return total;
    }
}
