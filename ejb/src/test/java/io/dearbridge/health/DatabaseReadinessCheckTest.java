package io.dearbridge.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dearbridge.migrations.MigrationScripts;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    @Test
    void aDownAnswerCarriesNoExceptionText() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    throw new SQLException("Connection to db-7.internal:5432 refused for user bridge_owner");
                });
        HealthCheckResponse response = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        String data = String.valueOf(response.getData().orElseThrow());
        assertFalse(data.contains("db-7.internal") || data.contains("bridge_owner") || data.contains("SQLException"),
                data);
    }

    @Test
    void notReadyUntilMigratedThenRemembersTheVersionWithoutAskingFlywayAgain() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:readiness-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = h2;

        HealthCheckResponse before = check.call();
        assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
        assertEquals("none", before.getData().orElseThrow().get("schemaVersion"));

        Flyway.configure().dataSource(h2).locations(MigrationScripts.LOCATION).load().migrate();
        HealthCheckResponse migrated = check.call();
        assertEquals(HealthCheckResponse.Status.UP, migrated.getStatus());
        Map<String, Object> data = migrated.getData().orElseThrow();
        assertEquals(0L, ((Number) data.get("pendingMigrations")).longValue());
        Object version = data.get("schemaVersion");

        // Were Flyway asked again, it would find no history and answer DOWN with pending migrations.
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE \"flyway_schema_history\"");
        }
        HealthCheckResponse later = check.call();
        assertEquals(HealthCheckResponse.Status.UP, later.getStatus());
        assertEquals(version, later.getData().orElseThrow().get("schemaVersion"));
    }
}
