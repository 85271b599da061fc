package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.EventSource;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Commits a batch of incoming events to the inbox, all or nothing, so that the caller acknowledges only what
 * is durable.
 * <p>
 * Plain JDBC in a local transaction rather than JPA in a container transaction, because this is the bridge's
 * hottest path: with identity keys Hibernate sends one INSERT per entity, and on PostgreSQL the whole batch is
 * one autocommitted statement, which a JTA transaction would wrap in two more round trips (docs/benchmarks.md).
 * The rows are the same {@code InboxEvent}s JPA reads everywhere else; the ITs and
 * {@code SchemaMatchesMappingsTest} keep the two views in step.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboxBatchWriter {

    private static final InboxRows PORTABLE = new PortableInboxRows();

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    InboxSettings settings;

    @Inject
    Event<InboxEventStored> stored;

    /** One receipt per event, in the order given. Throws, having stored nothing, if any row cannot be written. */
    public List<Receipt> store(List<IncomingEvent> events, EventSource source) {
        if (events.isEmpty()) {
            return List.of();
        }
        InboxBatch batch = InboxBatch.of(events, Instant.now(), settings.duplicateWindow());
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") && connection.getAutoCommit()) {
                // Made here, not held in a constant: its driver classes exist only where PostgreSQL is configured.
                new PostgresInboxRows().write(connection, batch, source);
            } else {
                inLocalTransaction(connection, batch, source);
            }
        } catch (SQLException e) {
            throw new InboxWriteException("The inbox could not store " + events.size() + " event(s): " + e.getMessage(), e);
        }
        // No transaction is active any more, so the dispatcher's observer runs now: one wake-up per batch.
        batch.firstAccepted().ifPresent(id -> stored.fire(new InboxEventStored(id)));
        return batch.receipts();
    }

    private static void inLocalTransaction(Connection connection, InboxBatch batch, EventSource source)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            PORTABLE.write(connection, batch, source);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
