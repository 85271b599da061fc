package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;

/**
 * Reads of the inbox that processing needs. Outside any transaction: a handler reads these before its DEAR call,
 * where each read in a transaction of its own cost a begin and a commit per event (issue 27's profile).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InboxQueries {

    private static final EnumSet<InboxStatus> PENDING =
            EnumSet.of(InboxStatus.RECEIVED, InboxStatus.PROCESSING, InboxStatus.RETRY);

    @PersistenceContext
    EntityManager em;

    public Optional<InboxEvent> find(long id) {
        return Optional.ofNullable(em.find(InboxEvent.class, id));
    }

    /**
     * Whether an earlier event about the same document still waits: events of one document apply in order, events of
     * different documents (another sale, or a purchase) never wait on each other. A document is named by its DEAR id,
     * or, for an event that carries only the task (purchases always; some sale events), by that task.
     */
    public boolean earlierPending(InboxEvent event) {
        if (event.documentKind() == null || event.documentId() == null && event.documentTaskId() == null) {
            return false;
        }
        boolean byId = event.documentId() != null;
        return !em.createQuery("select e.id from InboxEvent e where e.accountCode = :account"
                        + " and e.documentKind = :kind and " + (byId ? "e.documentId" : "e.documentTaskId") + " = :document"
                        + " and e.id < :id and e.status in :pending", Long.class)
                .setParameter("account", event.accountCode())
                .setParameter("kind", event.documentKind())
                .setParameter("document", byId ? event.documentId() : event.documentTaskId())
                .setParameter("id", event.id())
                .setParameter("pending", PENDING)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
