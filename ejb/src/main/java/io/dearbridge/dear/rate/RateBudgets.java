package io.dearbridge.dear.rate;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes each account's {@link RateBudget}. {@code dearbridge.rate.shared}: {@code auto} (default) shares the
 * budget through PostgreSQL when that is the database, so several nodes never call one account faster than
 * DEAR allows; on the embedded H2 there is only ever one node and the JVM's own bucket is used.
 * {@code true}/{@code false} force it.
 */
@ApplicationScoped
public class RateBudgets {

    private static final Logger LOG = Logger.getLogger(RateBudgets.class.getName());

    @Inject
    @ConfigProperty(name = "dearbridge.rate.shared", defaultValue = "auto")
    String shared;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    RateLedger ledger;

    private volatile Boolean useShared;

    RateBudget budgetFor(String accountCode, RateSettings settings) {
        if (shared()) {
            LOG.info(() -> "DEAR rate budget of " + accountCode + " is shared by all nodes through the database");
            return new SharedRateBudget(ledger, accountCode, settings, System::nanoTime);
        }
        return new TokenBucket(settings, System::nanoTime);
    }

    private boolean shared() {
        if (useShared == null) {
            String mode = shared.trim().toLowerCase(java.util.Locale.ROOT);
            useShared = switch (mode) {
                case "true" -> true;
                case "false" -> false;
                default -> onPostgres();
            };
        }
        return useShared;
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database holds the rate budget", e);
        }
    }
}
