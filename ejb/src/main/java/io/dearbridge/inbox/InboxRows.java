package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.domain.inbox.InboxStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** How one batch becomes inbox rows on one kind of database: earlier rows absorb copies, the rest are inserted. */
interface InboxRows {

    /** Columns every new row gets, in this order; attempts and version start at 0. */
    /** Re-opens a processed row for another round (see {@link InboxBatch#reopens}): due now, same id and history. */
    String REOPEN = "UPDATE inbox_event SET status = '" + InboxStatus.RECEIVED.name() + "', next_attempt_at = ?,"
            + " updated_at = ?, version = version + 1 WHERE id = ? AND status = '" + InboxStatus.DONE.name() + "'";

    String COLUMNS = "account_code, event_type, document_kind, document_id, document_task_id, document_number, dedupe_key,"
            + " payload_hash, deliveries, payload, source, status, attempts, next_attempt_at, received_at, updated_at, version";

    /** Records on each group of the batch which row took it. */
    void write(Connection connection, InboxBatch batch, EventSource source) throws SQLException;

    /**
     * Binds what an event brings to the first twelve of {@link #COLUMNS}, from {@code account_code} to
     * {@code status}, starting at parameter {@code index}; answers the next index.
     */
    static int bindEvent(PreparedStatement statement, int index, InboxBatch.Group group, EventSource source)
            throws SQLException {
        int i = index;
        statement.setString(i++, group.accountCode());
        statement.setString(i++, group.event.key().eventType());
        DocumentRef document = group.event.key().document();
        statement.setString(i++, document.kind() == null ? null : document.kind().name());
        statement.setString(i++, document.id());
        statement.setString(i++, document.taskId());
        statement.setString(i++, document.number());
        statement.setString(i++, group.fingerprint.dedupeKey());
        statement.setString(i++, group.fingerprint.payloadHash());
        statement.setInt(i++, group.deliveries());
        statement.setString(i++, group.event.payload());
        statement.setString(i++, (group.event.handled() ? source : EventSource.WEBHOOK).name());
        statement.setString(i++, status(group).name());
        return i;
    }

    static InboxStatus status(InboxBatch.Group group) {
        return group.event.handled() ? InboxStatus.RECEIVED : InboxStatus.IGNORED;
    }
}
