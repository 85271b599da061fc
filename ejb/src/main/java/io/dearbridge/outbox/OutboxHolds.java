package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Holds the commands of one ordering key that have not gone out yet, in the caller's transaction (the one
 * that learnt the reason). A command already SENDING is in flight and cannot be recalled.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboxHolds {

    @PersistenceContext
    EntityManager em;

    /** Answers how many commands were held. */
    public int holdDue(String accountCode, String orderingKey, Instant now) {
        List<OutboxCommand> due = em.createQuery("select c from OutboxCommand c where c.accountCode = :account"
                        + " and c.orderingKey = :key and c.status in :due order by c.id", OutboxCommand.class)
                .setParameter("account", accountCode)
                .setParameter("key", orderingKey)
                .setParameter("due", EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY))
                .getResultList();
        due.forEach(command -> command.hold(now));
        return due.size();
    }
}
