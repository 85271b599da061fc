package io.dearbridge.outbox;

import io.dearbridge.domain.sync.RetryPolicy;
import io.dearbridge.sync.QueueSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/** How the outbox retries, leases and polls: the queue settings under {@code dearbridge.outbox.*}, with defaults. */
@ApplicationScoped
public class OutboxSettings {

    /**
     * One command of an account in flight at once (DEAR answers bursts of writes with 403); a poll every 5 s; ten
     * attempts, backing off from 10 s to an hour; DEAR counts calls over 60 s windows, so a throttled command waits
     * at least that; a claimed command is held 5 minutes before another node takes it over (its outcome then unknown).
     */
    static final QueueSettings DEFAULTS = new QueueSettings(1, 20, Duration.ofSeconds(5), Duration.ofMinutes(5), 10,
            Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofSeconds(60));

    @Inject
    Config config;

    private QueueSettings queue;

    @PostConstruct
    void read() {
        queue = QueueSettings.read("dearbridge.outbox", key -> config.getOptionalValue(key, String.class), DEFAULTS);
    }

    public QueueSettings queue() { return queue; }
    public RetryPolicy retryPolicy() { return queue.retryPolicy(); }
    public Duration lease() { return queue.lease(); }
}
