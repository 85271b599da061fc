package io.dearbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while webhooks wait on an inbox writer that has not finished a batch for
 * {@code dearbridge.inbox.stall-after} (PT30S): such a node answers every webhook 503 after write-timeout.
 */
@Readiness
@ApplicationScoped
public class InboxWriterCheck implements HealthCheck {

    @Inject
    InboxWriterProbe probe;

    @Inject
    @ConfigProperty(name = "dearbridge.inbox.stall-after", defaultValue = "PT30S")
    Duration stallAfter;

    @Override
    public HealthCheckResponse call() {
        boolean stalled = probe.stalled(stallAfter);
        return HealthCheckResponse.named("inbox-writer")
                .withData("waiting", probe.waiting())
                .withData("secondsSinceProgress", probe.sinceProgress().toSeconds())
                .withData("stalled", stalled)
                .status(!stalled)
                .build();
    }
}
