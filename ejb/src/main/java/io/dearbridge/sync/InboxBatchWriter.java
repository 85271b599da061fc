package io.dearbridge.sync;

import io.dearbridge.domain.sync.EventSource;
import io.dearbridge.domain.sync.InboxStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Commits a batch of incoming events to the inbox in one transaction of its own: one duplicate lookup per
 * account, one multi-row insert, one commit, so that the caller acknowledges only what is durable.
 * <p>
 * Plain JDBC rather than JPA because this is the bridge's hottest path: with identity keys Hibernate sends
 * one INSERT per entity and cannot batch them, and the per-webhook transaction cost dominated the ingest
 * benchmark (docs/benchmarks.md). The rows are the same {@code InboxEvent}s JPA reads everywhere else;
 * {@code SchemaMatchesMappingsTest} and the ITs keep the two views in step.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboxBatchWriter {

    private static final String COLUMNS = "account_code, event_type, sale_id, sale_task_id, sale_order_number,"
            + " dedupe_key, payload_hash, deliveries, payload, source, status, attempts, next_attempt_at,"
            + " received_at, updated_at, version";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 0)";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    InboxSettings settings;

    @Inject
    Event<InboxEventStored> stored;

    /** One receipt per event, in the order given. Throws (and stores nothing) if any row cannot be written. */
    public List<Receipt> store(List<IncomingEvent> events, EventSource source) {
        if (events.isEmpty()) {
            return List.of();
        }
        InboxBatch batch = InboxBatch.of(events, Instant.now(), settings.duplicateWindow());
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, Set<String>> account : batch.hashesByAccount().entrySet()) {
                findStored(connection, batch, account.getKey(), account.getValue());
            }
            count(connection, batch.toCount());
            insert(connection, batch.toInsert(), source, batch.now());
        } catch (SQLException e) {
            throw new InboxWriteException("The inbox could not store " + events.size() + " event(s): " + e.getMessage(), e);
        }
        if (batch.anyAccepted()) {
            // Observed after commit: one wake-up per batch is enough for the dispatcher.
            stored.fire(new InboxEventStored(batch.toInsert().get(0).eventId));
        }
        return batch.receipts();
    }

    /**
     * Equality on the indexed columns and nothing else: no ORDER BY/LIMIT that could tempt a cached generic
     * plan into walking another index in id order (measured: O(table) per webhook). Usually 0 or 1 row each.
     */
    private static void findStored(Connection connection, InboxBatch batch, String account, Set<String> hashes)
            throws SQLException {
        String sql = "SELECT id, payload_hash, status, received_at FROM inbox_event WHERE account_code = ?"
                + " AND payload_hash IN (" + String.join(", ", Collections.nCopies(hashes.size(), "?")) + ")";
        Map<String, InboxBatch.Stored> newest = new java.util.HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setString(i++, account);
            for (String hash : hashes) {
                select.setString(i++, hash);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    InboxBatch.Stored row = new InboxBatch.Stored(rows.getLong(1),
                            InboxStatus.valueOf(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant());
                    newest.merge(rows.getString(2), row, (a, b) -> a.id() > b.id() ? a : b);
                }
            }
        }
        newest.forEach((hash, row) -> batch.found(account, hash, row));
    }

    /** The delivery counter is only ever changed by this relative update, never written back from an entity. */
    private static void count(Connection connection, List<InboxBatch.Group> duplicates) throws SQLException {
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
    }

    private static void insert(Connection connection, List<InboxBatch.Group> groups, EventSource source, Instant now)
            throws SQLException {
        if (groups.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO inbox_event (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(groups.size(), ROW));
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement(sql, keyColumns(connection.getMetaData()))) {
            int i = 1;
            for (InboxBatch.Group group : groups) {
                boolean handled = group.event.handled();
                insert.setString(i++, group.accountCode());
                insert.setString(i++, group.event.key().eventType());
                insert.setString(i++, group.event.key().saleId());
                insert.setString(i++, group.event.key().saleTaskId());
                insert.setString(i++, group.event.key().saleOrderNumber());
                insert.setString(i++, group.fingerprint.dedupeKey());
                insert.setString(i++, group.fingerprint.payloadHash());
                insert.setInt(i++, group.deliveries());
                insert.setString(i++, group.event.payload());
                insert.setString(i++, (handled ? source : EventSource.WEBHOOK).name());
                insert.setString(i++, (handled ? InboxStatus.RECEIVED : InboxStatus.IGNORED).name());
                if (handled) {
                    insert.setObject(i++, at);
                } else {
                    insert.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                insert.setObject(i++, at);
                insert.setObject(i++, at);
            }
            insert.executeUpdate();
            assignIds(insert, groups);
        }
    }

    /** Matched by the unique dedupe key rather than by row order, which SQL does not promise. */
    private static void assignIds(PreparedStatement insert, List<InboxBatch.Group> groups) throws SQLException {
        Map<String, InboxBatch.Group> byKey = new java.util.HashMap<>();
        groups.forEach(g -> byKey.put(g.accountCode() + ':' + g.fingerprint.dedupeKey(), g));
        int assigned = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
            while (keys.next()) {
                InboxBatch.Group group = byKey.get(keys.getString(2) + ':' + keys.getString(3));
                if (group != null) {
                    group.eventId = keys.getLong(1);
                    assigned++;
                }
            }
        }
        if (assigned != groups.size()) {
            throw new SQLException("The database returned " + assigned + " keys for " + groups.size() + " inserted rows");
        }
    }

    /** PostgreSQL quotes the names it is given, H2 folds unquoted names to upper case. */
    private static String[] keyColumns(DatabaseMetaData meta) throws SQLException {
        String[] names = {"id", "account_code", "dedupe_key"};
        if (meta.storesUpperCaseIdentifiers()) {
            for (int i = 0; i < names.length; i++) {
                names[i] = names[i].toUpperCase(java.util.Locale.ROOT);
            }
        }
        return names;
    }
}
