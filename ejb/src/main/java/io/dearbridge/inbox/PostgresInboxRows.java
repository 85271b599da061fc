package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.domain.inbox.InboxStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.postgresql.PGStatement;

/**
 * PostgreSQL: the whole batch in one statement (look up earlier rows, count copies into them, insert the rest),
 * run in autocommit, so a batch costs one round trip and one commit. Measured against lookup, insert and
 * commit as three round trips, this is what let ingest keep up with plain inserts (docs/benchmarks.md).
 * Earlier copies are found by what {@link InboxBatch.Group} says (document, task or recent keys; the other two are
 * bound as NULL, which an index scan answers at once without reading a page).
 * <p>
 * Planning this statement costs more than running it (measured: 0.5 ms of 1.1), so it is prepared on the server
 * once per connection and batch size, although the datasource prepares nothing else ({@code prepareThreshold=0},
 * because a generic plan made without statistics once walked the whole inbox for a parameterised lookup). Here
 * the lookup is a join on the batch's own rows, whose plan does not depend on the parameter values.
 */
final class PostgresInboxRows implements InboxRows {

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String WAITING = InboxBatch.waiting().stream()
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private static final String HEAD = "WITH incoming (ord, account_code, event_type, document_kind, document_id,"
            + " document_task_id, document_number, dedupe_key, payload_hash, deliveries, payload, source, status, by_task, by_key, by_previous_key)"
            + " AS (VALUES ";

    private static final String TAIL = "),"
            + " newest AS (SELECT i.ord, c.id, c.status, c.received_at FROM incoming i CROSS JOIN LATERAL ("
            + "   SELECT e.id, e.status, e.received_at FROM inbox_event e"
            + "     WHERE e.account_code = i.account_code AND e.document_kind = i.document_kind"
            + "     AND e.document_id = i.document_id AND e.payload_hash = i.payload_hash"
            + "   UNION ALL SELECT e.id, e.status, e.received_at FROM inbox_event e"
            + "     WHERE e.account_code = i.account_code AND e.document_kind = i.document_kind"
            + "     AND e.document_task_id = i.by_task AND e.payload_hash = i.payload_hash"
            + "   UNION ALL SELECT e.id, e.status, e.received_at FROM inbox_event e"
            + "     WHERE e.account_code = i.account_code AND e.dedupe_key IN (i.by_key, i.by_previous_key)"
            + "     AND e.payload_hash = i.payload_hash"
            + "   ORDER BY 1 DESC LIMIT 1) c),"
            // A processed copy followed by another event of its document is re-opened (InboxBatch.reopens).
            + " absorbing AS (SELECT n.ord, n.id, n.status = '" + InboxStatus.DONE.name() + "' AND EXISTS (SELECT 1"
            + "   FROM incoming i JOIN inbox_event l ON l.account_code = i.account_code"
            + "   AND l.document_kind = i.document_kind AND l.document_id = i.document_id"
            + "   AND l.id > n.id WHERE i.ord = n.ord) AS reopen"
            + "   FROM newest n WHERE n.status IN (" + WAITING + ") OR n.received_at > ?),"
            + " counted AS (UPDATE inbox_event e SET deliveries = e.deliveries + i.deliveries,"
            + "   status = CASE WHEN a.reopen THEN '" + InboxStatus.RECEIVED.name() + "' ELSE e.status END,"
            + "   next_attempt_at = CASE WHEN a.reopen THEN CAST(? AS timestamptz) ELSE e.next_attempt_at END,"
            + "   updated_at = CASE WHEN a.reopen THEN CAST(? AS timestamptz) ELSE e.updated_at END,"
            + "   version = e.version + CASE WHEN a.reopen THEN 1 ELSE 0 END"
            + "   FROM absorbing a JOIN incoming i ON i.ord = a.ord WHERE e.id = a.id RETURNING a.ord, e.id, a.reopen),"
            + " inserted AS (INSERT INTO inbox_event (" + COLUMNS + ")"
            + "   SELECT account_code, event_type, document_kind, document_id, document_task_id, document_number, dedupe_key,"
            + "     payload_hash,"
            + "     deliveries, payload, source, status, 0,"
            + "     CASE WHEN status = '" + InboxStatus.RECEIVED.name() + "' THEN CAST(? AS timestamptz) END, ?, ?, 0"
            + "   FROM incoming i WHERE NOT EXISTS (SELECT 1 FROM absorbing a WHERE a.ord = i.ord)"
            + "   ORDER BY ord RETURNING account_code, dedupe_key, id)"
            + " SELECT ord, id, TRUE, reopen FROM counted"
            + " UNION ALL SELECT i.ord, n.id, FALSE, FALSE FROM inserted n"
            + "   JOIN incoming i ON i.account_code = n.account_code AND i.dedupe_key = n.dedupe_key";

    @Override
    public void write(Connection connection, InboxBatch batch, EventSource source) throws SQLException {
        List<InboxBatch.Group> groups = batch.groups();
        String sql = HEAD + String.join(", ", Collections.nCopies(groups.size(), ROW)) + TAIL;
        OffsetDateTime now = batch.now().atOffset(ZoneOffset.UTC);
        int answered = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            prepareOnServer(statement);
            int i = 1;
            for (InboxBatch.Group group : groups) {
                statement.setInt(i++, group.ordinal);
                i = InboxRows.bindEvent(statement, i, group, source);
                List<String> keys = group.copiesByKey();
                statement.setString(i++, group.copiesByTask());
                statement.setString(i++, keys.isEmpty() ? null : keys.get(0));
                statement.setString(i++, keys.isEmpty() ? null : keys.get(1));
            }
            statement.setObject(i++, now.minus(batch.window()));
            statement.setObject(i++, now);
            statement.setObject(i++, now);
            statement.setObject(i++, now);
            statement.setObject(i++, now);
            statement.setObject(i, now);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    InboxBatch.Group group = groups.get(rows.getInt(1));
                    if (rows.getBoolean(4)) {
                        group.reopened(rows.getLong(2));
                    } else if (rows.getBoolean(3)) {
                        group.absorbedBy(rows.getLong(2));
                    } else {
                        group.storedAs(rows.getLong(2));
                    }
                    answered++;
                }
            }
        }
        if (answered != groups.size()) {
            throw new SQLException("The inbox statement answered " + answered + " rows for " + groups.size() + " events");
        }
    }

    private static void prepareOnServer(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(1);
        }
    }
}
