package io.dearbridge.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * DEAR's webhook subscriptions as the last heal found them (any node's, from {@code webhook_health}): one data entry
 * per subscription DEAR had switched off (REACTIVATED), could not be made (LIMIT_REACHED) or could not be checked
 * (FAILED), or DEAR refused (REFUSED: no Automation module?). Degraded subscriptions leave the node ready, since a node taken out of service would receive fewer
 * webhooks still; reconciliation finds what they missed.
 */
@Readiness
@ApplicationScoped
public class WebhookSubscriptionsCheck implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/BridgeDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("webhooks").up();
        int degraded = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT account_code, event_type, outcome, detail, checked_at"
                     + " FROM webhook_health WHERE outcome IN ('REACTIVATED', 'LIMIT_REACHED', 'FAILED', 'REFUSED')"
                     + " ORDER BY account_code, event_type");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                degraded++;
                response.withData(rows.getString(1) + " " + rows.getString(2), rows.getString(3) + " at "
                        + rows.getTimestamp(5).toInstant() + (rows.getString(4) == null || rows.getString(4).isEmpty()
                        ? "" : ": " + rows.getString(4)));
            }
        } catch (SQLException e) {
            // Before the schema exists (V11) there is nothing to report; the database check says why.
            response.withData("error", e.getClass().getSimpleName());
        }
        return response.withData("degraded", degraded).build();
    }
}
