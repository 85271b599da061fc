package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Writes a command in the caller's transaction, so it exists exactly when the change that implies it
 * does (MANDATORY: there is no outbox without that transaction).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CommandQueued> queued;

    public OutboxCommand enqueue(String accountCode, String orderingKey, CommandKind kind, String payload,
                                 Instant now) {
        OutboxCommand command = new OutboxCommand(accountCode, orderingKey, kind, payload, now);
        em.persist(command);
        queued.fire(new CommandQueued(accountCode, orderingKey));
        return command;
    }
}
