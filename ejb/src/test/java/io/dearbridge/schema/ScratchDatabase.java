package io.dearbridge.schema;

import io.dearbridge.migrations.MigrationScripts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A database for one migration test: an in-memory H2 of its own, or under {@code -Ppostgres} a throwaway schema of
 * the suite's PostgreSQL, made afresh. Tests migrate it to a version, store rows in that shape, then migrate on.
 */
final class ScratchDatabase {

    private final String url;
    private final String user = System.getProperty("it.db.user", "sa");
    private final String password = System.getProperty("it.db.password", "sa");
    private final String schema;
    private final boolean postgres;

    /** {@code name}: the H2 database's, and with underscores the PostgreSQL schema's. */
    ScratchDatabase(String name) throws SQLException {
        url = System.getProperty("schema.db.url", "jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1")
                .replace("schema-check", name);
        schema = name.replace('-', '_');
        postgres = url.startsWith("jdbc:postgresql:");
        if (postgres) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                execute(connection, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                execute(connection, "CREATE SCHEMA " + schema);
            }
        }
    }

    boolean postgres() {
        return postgres;
    }

    String schema() {
        return schema;
    }

    FluentConfiguration flyway() {
        FluentConfiguration flyway = Flyway.configure().dataSource(url, user, password)
                .locations(MigrationScripts.LOCATION);
        return postgres ? flyway.schemas(schema) : flyway;
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        if (postgres) {
            execute(connection, "SET search_path TO " + schema);
        }
        return connection;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
