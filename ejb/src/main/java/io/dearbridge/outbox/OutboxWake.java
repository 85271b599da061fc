package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.domain.sync.WaitReason;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * Makes the commands of one ordering key that wait for {@code reason} due now, in the caller's transaction (the one
 * that learnt what they waited for may have come, e.g. an import that saw DEAR's invoice), and kicks the dispatcher
 * after its commit. Their handler looks at DEAR again; if nothing changed they go back to waiting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OutboxWake {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CommandQueued> queued;

    /** Answers how many commands were woken. */
    public int wake(String accountCode, String orderingKey, WaitReason reason, Instant now) {
        List<OutboxCommand> waiting = em.createQuery("select c from OutboxCommand c where c.accountCode = :account"
                        + " and c.orderingKey = :key and c.status in :due and c.waitingFor = :reason order by c.id",
                        OutboxCommand.class)
                .setParameter("account", accountCode)
                .setParameter("key", orderingKey)
                .setParameter("due", EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY))
                .setParameter("reason", reason)
                .getResultList();
        int woken = (int) waiting.stream().filter(c -> c.wake(reason, now)).count();
        if (woken > 0) {
            queued.fire(new CommandQueued(accountCode, orderingKey));
        }
        return woken;
    }
}
