package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.InboxEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Reads of the inbox that a handler needs beyond its claim. Outside any transaction: a handler reads these before its
 * DEAR call, where a transaction of its own cost a begin and a commit per event (issue 27's profile).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class InboxQueries {

    @PersistenceContext
    EntityManager em;

    public Optional<InboxEvent> find(long id) {
        return Optional.ofNullable(em.find(InboxEvent.class, id));
    }
}
