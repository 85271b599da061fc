package io.dearbridge.inbox;

import io.dearbridge.domain.sync.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the inbox retries, leases and polls; every value is a MicroProfile Config key with a default. */
@ApplicationScoped
public class InboxSettings {

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.backoff-base", defaultValue = "PT2S")
    Duration backoffBase;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.backoff-cap", defaultValue = "PT10M")
    Duration backoffCap;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.throttle-wait", defaultValue = "PT60S")
    Duration throttleWait;

    /** How long a claimed event is held before another node may take it over. */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.lease", defaultValue = "PT5M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.poll-interval", defaultValue = "PT1S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.batch-size", defaultValue = "20")
    int batchSize;

    /** Identical deliveries this close together are one event, even once processed. */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.duplicate-window", defaultValue = "PT60S")
    Duration duplicateWindow;

    /** How long an event waits before looking again whether the earlier event of its sale is done. */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.wait-for-earlier", defaultValue = "PT1S")
    Duration waitForEarlier;

    /** At most this many webhooks share one inbox transaction. */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.write-batch", defaultValue = "64")
    int writeBatch;

    /** How long a webhook request waits for its commit before answering 503 (DEAR then retries). */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.write-timeout", defaultValue = "PT20S")
    Duration writeTimeout;

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(backoffBase, backoffCap, throttleWait, maxAttempts,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public Duration lease() { return lease; }
    public Duration pollInterval() { return pollInterval; }
    public int batchSize() { return batchSize; }
    public Duration duplicateWindow() { return duplicateWindow; }
    public Duration waitForEarlier() { return waitForEarlier; }
    public int writeBatch() { return Math.max(1, writeBatch); }
    public Duration writeTimeout() { return writeTimeout; }
}
