package io.dearbridge.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V16 turns the inbox's sale columns into document columns: rows stored before keep their ids, task ids, numbers
 * and states, and become events about a SALE. Migrates a fresh database to V15, stores rows in that shape, then
 * migrates on. Runs on H2, or on PostgreSQL under {@code -Ppostgres} ({@link ScratchDatabase}).
 */
class InboxDocumentsMigrationTest {

    @Test
    void rowsStoredAsSaleEventsKeepEverythingAndBecomeSaleDocuments() throws SQLException {
        ScratchDatabase db = new ScratchDatabase("inbox-v16-check");
        db.flyway().target("15").load().migrate();
        try (Connection connection = db.connect()) {
            execute(connection, "INSERT INTO account (code, base_url, active, created_at, updated_at)"
                    + " VALUES ('old', 'http://dear', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            insertOld(connection, "Sale/OrderAuthorised", "sale-1", null, "SO-1", "DONE");
            insertOld(connection, "Sale/ShipmentAuthorised", null, "task-1", "SO-2", "RETRY");
            insertOld(connection, "Sale/OrderAuthorised", null, null, null, "FAILED");
        }

        var result = db.flyway().load().migrate();
        assertFalse(result.migrations.isEmpty(), "V16 and later were applied");

        try (Connection connection = db.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_type, document_kind, document_id, document_task_id,"
                     + " document_number, status, deliveries FROM inbox_event ORDER BY id")) {
            List<List<Object>> found = new ArrayList<>();
            while (rows.next()) {
                found.add(java.util.Arrays.asList(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7)));
            }
            assertEquals(List.of(
                    java.util.Arrays.asList("Sale/OrderAuthorised", "SALE", "sale-1", null, "SO-1", "DONE", 2),
                    java.util.Arrays.asList("Sale/ShipmentAuthorised", "SALE", null, "task-1", "SO-2", "RETRY", 2),
                    java.util.Arrays.asList("Sale/OrderAuthorised", "SALE", null, null, null, "FAILED", 2)), found);
        }
        try (Connection connection = db.connect()) {
            // The kind has no default any more: a row of a type nobody defines has none.
            execute(connection, "INSERT INTO inbox_event (account_code, event_type, dedupe_key, payload, source, status,"
                    + " received_at, updated_at) VALUES ('old', 'Customer/Updated', 'k-new', '{}', 'WEBHOOK', 'IGNORED',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT document_kind FROM inbox_event WHERE dedupe_key = 'k-new'")) {
                rows.next();
                assertNull(rows.getString(1));
            }
        }
    }

    private void insertOld(Connection connection, String type, String saleId, String taskId, String number,
                           String status) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inbox_event (account_code, event_type,"
                + " sale_id, sale_task_id, sale_order_number, dedupe_key, payload_hash, deliveries, payload, source,"
                + " status, received_at, updated_at) VALUES ('old', ?, ?, ?, ?, ?, 'h', 2, '{}', 'WEBHOOK', ?, ?, ?)")) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            insert.setString(1, type);
            insert.setString(2, saleId);
            insert.setString(3, taskId);
            insert.setString(4, number);
            insert.setString(5, "k-" + type + saleId + taskId);
            insert.setString(6, status);
            insert.setObject(7, now);
            insert.setObject(8, now);
            insert.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        ScratchDatabase.execute(connection, sql);
    }
}
