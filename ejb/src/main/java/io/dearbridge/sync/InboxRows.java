package io.dearbridge.sync;

import io.dearbridge.domain.sync.EventSource;
import io.dearbridge.domain.sync.InboxStatus;
import java.sql.Connection;
import java.sql.SQLException;

/** How one batch becomes inbox rows on one kind of database: earlier rows absorb copies, the rest are inserted. */
interface InboxRows {

    /** Columns every new row gets, in this order; attempts and version start at 0. */
    String COLUMNS = "account_code, event_type, sale_id, sale_task_id, sale_order_number, dedupe_key, payload_hash,"
            + " deliveries, payload, source, status, attempts, next_attempt_at, received_at, updated_at, version";

    /** Records on each group of the batch which row took it. */
    void write(Connection connection, InboxBatch batch, EventSource source) throws SQLException;

    static EventSource source(InboxBatch.Group group, EventSource source) {
        return group.event.handled() ? source : EventSource.WEBHOOK;
    }

    static InboxStatus status(InboxBatch.Group group) {
        return group.event.handled() ? InboxStatus.RECEIVED : InboxStatus.IGNORED;
    }
}
