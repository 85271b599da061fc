package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.audit.OperatorAction;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.sync.SyncAttempt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** One sync as the detail page shows it, whatever its state. */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class SyncDetails {

    @PersistenceContext
    EntityManager em;

    @Inject
    SyncOrders orders;

    @Inject
    CallerAccounts callerAccounts;

    public Optional<SyncDetail> find(SyncRef ref) {
        List<SyncDetail.Attempt> history = em.createQuery("select a from SyncAttempt a where "
                        + (ref.side() == SyncSide.INBOX ? "a.inboxEventId" : "a.outboxCommandId")
                        + " = :id order by a.attemptNo, a.id", SyncAttempt.class)
                .setParameter("id", ref.id()).getResultList().stream()
                .map(a -> new SyncDetail.Attempt(a.attemptNo(), a.startedAt(), a.finishedAt(), a.outcome(),
                        a.httpStatus(), a.message()))
                .toList();
        List<SyncDetail.Action> actions = em.createQuery("select a from OperatorAction a where a.targetKind = :kind"
                        + " and a.targetId = :id order by a.at, a.id", OperatorAction.class)
                .setParameter("kind", OperatorAction.Target.valueOf(ref.side().name()))
                .setParameter("id", ref.id()).getResultList().stream()
                .map(a -> new SyncDetail.Action(a.at(), a.actor(), a.action().name(), a.reason(), a.outcome()))
                .toList();
        if (ref.side() == SyncSide.INBOX) {
            InboxEvent e = em.find(InboxEvent.class, ref.id());
            if (e == null || !callerAccounts.sees(e.accountCode())) {
                return Optional.empty();
            }
            return Optional.of(new SyncDetail(ref, e.accountCode(), e.eventType(), e.status().name(),
                    e.documentNumber(), orders.orderOf(e).orElse(null), e.receivedAt(), e.updatedAt(),
                    e.trail().attempts(), e.trail().lastHttpStatus(), e.trail().lastError(), e.trail().nextAttemptAt(),
                    PayloadMask.mask(e.payload()), history, actions));
        }
        OutboxCommand c = em.find(OutboxCommand.class, ref.id());
        if (c == null || !callerAccounts.sees(c.accountCode())) {
            return Optional.empty();
        }
        Optional<Long> order = orders.orderOf(c);
        String number = order.flatMap(orders::saleOrderNumber).orElse(null);
        return Optional.of(new SyncDetail(ref, c.accountCode(), c.kind().code(), c.status().name(), number,
                order.orElse(null), c.createdAt(), c.updatedAt(), c.trail().attempts(), c.trail().lastHttpStatus(),
                c.trail().lastError(), c.trail().nextAttemptAt(), PayloadMask.mask(c.payload()), history, actions));
    }
}
