package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V29 gives the import's tables sequences that hand out keys in blocks of 50, starting past the rows already there,
 * and keeps the columns' defaults on them. Migrates a fresh database to V28, stores rows with keys of its own, then
 * migrates on. Runs on H2, or on PostgreSQL under {@code -Ppostgres} ({@link ScratchDatabase}).
 */
class SequenceKeysMigrationTest {

    @Test
    void keysContinuePastTheRowsStoredBeforeInBlocksOfFifty() throws SQLException {
        ScratchDatabase db = new ScratchDatabase("sequence-keys-check");
        db.flyway().target("28").load().migrate();
        try (Connection connection = db.connect()) {
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

        db.flyway().load().migrate();

        try (Connection connection = db.connect()) {
            // A row inserted by SQL takes the sequence's next value: Hibernate's block for that value would be
            // 41..90, all above the highest key stored before; and the next 91..140.
            execute(connection, "INSERT INTO sync_attempt (attempt_no, inbox_event_id, started_at, finished_at, outcome)"
                    + " VALUES (3, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
            execute(connection, "INSERT INTO sync_attempt (attempt_no, inbox_event_id, started_at, finished_at, outcome)"
                    + " VALUES (4, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'OK')");
            assertEquals(List.of(1L, 40L, 90L, 140L), ids(connection, "sync_attempt"));
            for (String table : List.of("warehouse_order", "order_line", "fulfilment", "order_timeline")) {
                // Empty tables: the first block is 1..50.
                assertEquals(List.of(50L, 50L), sequence(db, connection, table + "_id_seq"), table);
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
    private static List<Long> sequence(ScratchDatabase db, Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT start_value, increment FROM information_schema.sequences"
                     + " WHERE lower(sequence_name) = '" + name + "'"
                     + (db.postgres() ? " AND sequence_schema = '" + db.schema() + "'" : ""))) {
            if (!row.next()) {
                return List.of();
            }
            return List.of(Long.parseLong(row.getString(1)), Long.parseLong(row.getString(2)));
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        ScratchDatabase.execute(connection, sql);
    }
}
