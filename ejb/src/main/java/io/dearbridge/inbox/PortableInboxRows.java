package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.domain.inbox.InboxStatus;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Any other database (H2 for the demo and the default test suite): one lookup per distinct event, one relative update
 * of the delivery counts, one multi-row insert, inside the caller's transaction.
 */
final class PortableInboxRows implements InboxRows {

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0)";

    @Override
    public void write(Connection connection, InboxBatch batch, EventSource source) throws SQLException {
        for (InboxBatch.Group group : batch.groups()) {
            findStored(connection, batch, group);
        }
        count(connection, batch.toCount(), batch.now().atOffset(ZoneOffset.UTC));
        insert(connection, batch.toInsert(), source, batch.now().atOffset(ZoneOffset.UTC));
    }

    /** One indexed equality, on what {@link InboxBatch.Group} says copies are found by. */
    private static void findStored(Connection connection, InboxBatch batch, InboxBatch.Group group)
            throws SQLException {
        String hash = group.fingerprint.payloadHash();
        String sql = "SELECT id, status, received_at FROM inbox_event WHERE account_code = ? AND payload_hash = ? AND ";
        List<String> values;
        if (group.copiesByDocument() != null) {
            sql += "document_kind = ? AND document_id = ?";
            values = List.of(group.kind(), group.copiesByDocument());
        } else if (group.copiesByTask() != null) {
            sql += "document_kind = ? AND document_task_id = ?";
            values = List.of(group.kind(), group.copiesByTask());
        } else {
            sql += "dedupe_key IN (?, ?)";
            values = group.copiesByKey();
        }
        InboxBatch.Stored newest = null;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setString(i++, group.accountCode());
            select.setString(i++, hash);
            for (String value : values) {
                select.setString(i++, value);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    InboxBatch.Stored row = new InboxBatch.Stored(rows.getLong(1),
                            InboxStatus.valueOf(rows.getString(2)), rows.getObject(3, OffsetDateTime.class).toInstant());
                    if (newest == null || row.id() > newest.id()) {
                        newest = row;
                    }
                }
            }
        }
        if (newest != null) {
            if (group.copiesByDocument() != null && newest.status() == InboxStatus.DONE) {
                newest = new InboxBatch.Stored(newest.id(), newest.status(), newest.receivedAt(),
                        followedInDocument(connection, group, newest.id()));
            }
            batch.found(group.accountCode(), hash, newest);
        }
    }

    private static boolean followedInDocument(Connection connection, InboxBatch.Group group, long id)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM inbox_event WHERE account_code = ?"
                + " AND document_kind = ? AND document_id = ? AND id > ? FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, group.accountCode());
            select.setString(2, group.kind());
            select.setString(3, group.copiesByDocument());
            select.setLong(4, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The delivery counter is only ever changed by this relative update, never written back from an entity. */
    private static void count(Connection connection, List<InboxBatch.Group> duplicates, OffsetDateTime now)
            throws SQLException {
        if (duplicates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE inbox_event SET deliveries = deliveries + ? WHERE id = ?")) {
            for (InboxBatch.Group group : duplicates) {
                update.setInt(1, group.deliveries());
                update.setLong(2, group.eventId);
                update.addBatch();
            }
            update.executeBatch();
        }
        List<InboxBatch.Group> reopened = duplicates.stream().filter(g -> g.reopened).toList();
        if (reopened.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(InboxRows.REOPEN)) {
            for (InboxBatch.Group group : reopened) {
                update.setObject(1, now);
                update.setObject(2, now);
                update.setLong(3, group.eventId);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void insert(Connection connection, List<InboxBatch.Group> groups, EventSource source,
                               OffsetDateTime now) throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO inbox_event (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(groups.size(), ROW));
        try (PreparedStatement insert = connection.prepareStatement(sql, keyColumns(connection.getMetaData()))) {
            int i = 1;
            for (InboxBatch.Group group : groups) {
                i = InboxRows.bindEvent(insert, i, group, source);
                if (InboxRows.status(group) == InboxStatus.RECEIVED) {
                    insert.setObject(i++, now);
                } else {
                    insert.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                insert.setObject(i++, now);
                insert.setObject(i++, now);
            }
            insert.executeUpdate();
            assignIds(insert, groups);
        }
    }

    /** Matched by the unique dedupe key rather than by row order, which SQL does not promise. */
    private static void assignIds(PreparedStatement insert, List<InboxBatch.Group> groups) throws SQLException {
        Map<String, InboxBatch.Group> byKey = new HashMap<>();
        groups.forEach(g -> byKey.put(g.accountCode() + ':' + g.fingerprint.dedupeKey(), g));
        int assigned = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                InboxBatch.Group group = byKey.get(keys.getString(2) + ':' + keys.getString(3));
                if (group != null) {
                    group.storedAs(keys.getLong(1));
                    assigned++;
                }
            }
        }
        if (assigned != groups.size()) {
            throw new SQLException("The database returned " + assigned + " keys for " + groups.size() + " inserted rows");
        }
    }

    /** H2 folds unquoted names to upper case; drivers that quote the names they are given need them as stored. */
    private static String[] keyColumns(DatabaseMetaData meta) throws SQLException {
        String[] names = {"id", "account_code", "dedupe_key"};
        if (meta.storesUpperCaseIdentifiers()) {
            for (int i = 0; i < names.length; i++) {
                names[i] = names[i].toUpperCase(Locale.ROOT);
            }
        }
        return names;
    }
}
