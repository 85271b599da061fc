package io.dearbridge.outbox;

import io.dearbridge.domain.sync.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbox retries, leases and polls; every value is a MicroProfile Config key with a default. */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "dearbridge.outbox.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "dearbridge.outbox.backoff-base", defaultValue = "PT10S")
    Duration backoffBase;

    @Inject
    @ConfigProperty(name = "dearbridge.outbox.backoff-cap", defaultValue = "PT1H")
    Duration backoffCap;

    /** DEAR counts calls over 60 s windows: a throttled command waits at least this long. */
    @Inject
    @ConfigProperty(name = "dearbridge.outbox.throttle-wait", defaultValue = "PT60S")
    Duration throttleWait;

    /** How long a claimed command is held before another node may take it over (its outcome then unknown). */
    @Inject
    @ConfigProperty(name = "dearbridge.outbox.lease", defaultValue = "PT5M")
    Duration lease;

    /** The timer that sends commands left over from a restart or waiting for their retry time. */
    @Inject
    @ConfigProperty(name = "dearbridge.outbox.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "dearbridge.outbox.batch-size", defaultValue = "20")
    int batchSize;

    /** Most commands of one account in flight at once on one node: one, as DEAR answers bursts of writes with 403. */
    @Inject
    @ConfigProperty(name = "dearbridge.outbox.per-account", defaultValue = "1")
    int perAccount;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(backoffBase, backoffCap, throttleWait, maxAttempts,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public Duration lease() { return lease; }
    public Duration pollInterval() { return pollInterval; }
    public int batchSize() { return batchSize; }
    public int perAccount() { return perAccount; }
}
