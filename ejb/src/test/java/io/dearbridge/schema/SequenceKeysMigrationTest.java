package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.migrations.MigrationScripts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V29 gives the import's tables sequences that hand out keys in blocks of 50, starting past the rows already there,
 * and keeps the columns' defaults on them. Migrates a fresh database to V28, stores rows with keys of its own, then
 * migrates on. Runs on H2, or on PostgreSQL under {@code -Ppostgres} (in a throwaway schema of its own).
 */
class SequenceKeysMigrationTest {

    private static final String SCHEMA = "sequence_keys_check";

    private final String url = System.getProperty("schema.db.url", "jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1")
            .replace("schema-check", "sequence-keys-check");
    private final String user = System.getProperty("it.db.user", "sa");
    private final String password = System.getProperty("it.db.password", "sa");
    private final boolean postgres = url.startsWith("jdbc:postgresql:");

    @Test
    void keysContinuePastTheRowsStoredBeforeInBlocksOfFifty() throws SQLException {
        if (postgres) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                execute(connection, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                execute(connection, "CREATE SCHEMA " + SCHEMA);
            }
        }
        flyway().target("28").load().migrate();
        try (Connection connection = connect()) {
            execute(connection, "INSERT INTO account (code, base_url, active, created_at, updated_at)"
                    + " VALUES ('old', 'http://dear', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO inbox_event (id, account_code, event_type, dedupe_key, payload, source,"
                    + " status, received_at, updated_at) VALUES (1, 'old', 'Sale/OrderAuthorised', 'k', '{}', 'WEBHOOK',"
                    + " 'DONE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            execute(connection, "INSERT INTO sync_attempt (attempt_no, inbox_event_id, started_at, finished_at, outcome)"
                    + " VALUES (1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
            execute(connection, "INSERT INTO sync_attempt (id, attempt_no, inbox_event_id, started_at, finished_at,"
                    + " outcome) VALUES (40, 2, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
        }

        flyway().load().migrate();

        try (Connection connection = connect()) {
            // A row inserted by SQL takes the sequence's next value: Hibernate's block for that value would be
            // 41..90, all above the highest key stored before; and the next 91..140.
            execute(connection, "INSERT INTO sync_attempt (attempt_no, inbox_event_id, started_at, finished_at, outcome)"
                    + " VALUES (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
            execute(connection, "INSERT INTO sync_attempt (attempt_no, inbox_event_id, started_at, finished_at, outcome)"
                    + " VALUES (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
            assertEquals(List.of(1L, 40L, 90L, 140L), ids(connection, "sync_attempt"));
            for (String table : List.of("warehouse_order", "order_line", "fulfilment", "order_timeline")) {
                // Empty tables: the first block is 1..50.
                assertEquals(List.of(50L, 50L), sequence(connection, table + "_id_seq"), table);
            }
        }
    }

    private static List<Long> ids(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            List<Long> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        }
    }

    /** {start, increment} of a sequence, from the information schema both databases keep. */
    private List<Long> sequence(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT start_value, increment FROM information_schema.sequences"
                     + " WHERE lower(sequence_name) = '" + name + "'"
                     + (postgres ? " AND sequence_schema = '" + SCHEMA + "'" : ""))) {
            if (!row.next()) {
                return List.of();
            }
            return List.of(Long.parseLong(row.getString(1)), Long.parseLong(row.getString(2)));
        }
    }

    private FluentConfiguration flyway() {
        FluentConfiguration flyway = Flyway.configure().dataSource(url, user, password)
                .locations(MigrationScripts.LOCATION);
        return postgres ? flyway.schemas(SCHEMA) : flyway;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        if (postgres) {
            execute(connection, "SET search_path TO " + SCHEMA);
        }
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
