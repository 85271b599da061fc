package io.dearbridge.inbox;

import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.sync.QueueSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the inbox retries, leases and polls (the queue settings under {@code dearbridge.inbox.*}), and how webhooks are
 * written and merged; every value is a MicroProfile Config key with a default.
 */
@ApplicationScoped
public class InboxSettings {

    /**
     * Two events of an account in hand at once on one node (the account's calls in flight are 2 by default); a poll
     * every second; eight attempts, backing off from 2 s to 10 minutes, at least 60 s after DEAR throttled; a claimed
     * event is held 5 minutes before another node may take it over.
     */
    static final QueueSettings DEFAULTS = new QueueSettings(2, 20, Duration.ofSeconds(1), Duration.ofMinutes(5), 8,
            Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(60));

    @Inject
    Config config;

    private QueueSettings queue;

    /** Identical deliveries this close together are one event, even once processed. */
    @Inject
    @ConfigProperty(name = "dearbridge.inbox.duplicate-window", defaultValue = "PT60S")
    Duration duplicateWindow;

    /** How long an event waits before looking again whether the earlier event of its document is done. */
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

    @PostConstruct
    void read() {
        queue = QueueSettings.read("dearbridge.inbox", key -> config.getOptionalValue(key, String.class), DEFAULTS);
    }

    public QueueSettings queue() { return queue; }
    public RetryPolicy retryPolicy() { return queue.retryPolicy(); }
    public Duration lease() { return queue.lease(); }
    public Duration duplicateWindow() { return duplicateWindow; }
    public Duration waitForEarlier() { return waitForEarlier; }
    public int writeBatch() { return Math.max(1, writeBatch); }
    public Duration writeTimeout() { return writeTimeout; }
}
