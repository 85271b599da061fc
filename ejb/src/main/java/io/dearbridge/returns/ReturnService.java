package io.dearbridge.returns;

import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.ReturnDesk;
import io.dearbridge.domain.returns.ReturnRejected;
import io.dearbridge.domain.returns.ReturnRequest;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.domain.returns.WarehouseReturn;
import io.dearbridge.outbox.Outbox;
import io.dearbridge.write.Answer;
import io.dearbridge.write.Caller;
import io.dearbridge.write.FirstAnswer;
import io.dearbridge.write.IdempotentAnswers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records what came back to the warehouse and queues the DEAR write it implies, in one transaction (the
 * transactional outbox), under the order's row lock so two returns cannot both take the same quantity. A
 * refusal ({@link ReturnRejected}) leaves as {@code write.RecordRefused} and rolls back: nothing changes. No DEAR call
 * is made here.
 */
@Stateless
public class ReturnService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    IdempotentAnswers answers;

    @Inject
    RestockPlaces restockPlaces;

    /** Goods at the dock with no credit note: the bridge creates one in DEAR. */
    public Answer dockReturn(long orderId, List<ReturnRequest> lines, Caller<ReturnRecorded> caller) {
        return FirstAnswer.orElse(answers, caller, () -> lockedOrder(orderId, caller), order -> {
            List<ReceivedLine> received = new ReturnDesk(order, returnsOf(order)).dockReturn(lines);
            restockPlaces.check(order.accountCode(), received);
            Instant now = Instant.now();
            WarehouseReturn r = WarehouseReturn.dock(order.accountCode(), order.id(), order.saleId(),
                    order.saleOrderNumber(), newReference(), received, caller.principal(), now);
            em.persist(r);
            em.flush();
            order.note(now, "Dock return " + r.id() + " (" + r.reference() + ") received by " + caller.principal()
                    + ": " + describe(received) + "; credit note queued for DEAR", Source.WAREHOUSE);
            OutboxCommand command = outbox.enqueue(order.accountCode(), OrderingKey.ofOrder(order.id()),
                    CommandKind.CREDIT_NOTE, new CreditNoteCommand(r.id()).toJson(), now);
            return remember(caller, new ReturnRecorded(ReturnJson.of(r, List.of(command)).toString(), true));
        });
    }

    /** The order, locked; one of another account than the caller's is answered as if it did not exist. */
    private WarehouseOrder lockedOrder(long orderId, Caller<?> caller) {
        WarehouseOrder order = em.find(WarehouseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !caller.sees(order.accountCode())) {
            throw new ReturnRejected(ReturnRejected.Reason.NOT_FOUND, "No order " + orderId + ".");
        }
        return order;
    }

    /** The return, with its order locked first (the order row is every writer's lock) and the return read after. */
    private WarehouseReturn lockedReturn(long returnId, Caller<?> caller) {
        WarehouseReturn found = em.find(WarehouseReturn.class, returnId);
        if (found == null || !caller.sees(found.accountCode())) {
            throw new ReturnRejected(ReturnRejected.Reason.NOT_FOUND, "No return " + returnId + ".");
        }
        em.find(WarehouseOrder.class, found.orderId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found);
        return found;
    }

    /** The goods of an expected return arrived. DEAR has the credit note; only missing restock is pushed. */
    public Answer receive(long returnId, List<ReturnRequest> lines, Caller<ReturnRecorded> caller) {
        return FirstAnswer.orElse(answers, caller, () -> lockedReturn(returnId, caller), found -> {
            WarehouseOrder order = em.find(WarehouseOrder.class, found.orderId());
            List<ReceivedLine> received = new ReturnDesk(order, returnsOf(order)).receipt(found, lines);
            Instant now = Instant.now();
            found.receive(received, caller.principal(), now);
            Map<String, BigDecimal> missing = found.restockShortfall();
            if (!missing.isEmpty()) {
                restockPlaces.check(order.accountCode(), received);
            }
            List<OutboxCommand> commands = List.of();
            if (found.status() == ReturnStatus.RECEIVED) {
                commands = List.of(outbox.enqueue(order.accountCode(), OrderingKey.ofOrder(order.id()),
                        CommandKind.RESTOCK, new CreditNoteCommand(found.id()).toJson(), now));
            }
            order.note(now, "Return " + found.id() + " (credit note " + found.creditNoteNumber() + ") received by "
                    + caller.principal() + ": " + describe(received) + (missing.isEmpty()
                    ? "; DEAR's credit note already covers it"
                    : "; restock DEAR's note lacks queued for DEAR (" + missing.entrySet().stream()
                            .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " x " + e.getKey())
                            .collect(Collectors.joining(", ")) + ")"), Source.WAREHOUSE);
            em.flush();
            return remember(caller, new ReturnRecorded(ReturnJson.of(found, commands).toString(), !commands.isEmpty()));
        });
    }

    private Answer remember(Caller<ReturnRecorded> caller, ReturnRecorded recorded) {
        Answer answer = caller.render().apply(recorded);
        answers.remember(caller, answer);
        return answer;
    }

    private List<WarehouseReturn> returnsOf(WarehouseOrder order) {
        return em.createNamedQuery(WarehouseReturn.BY_ORDER, WarehouseReturn.class)
                .setParameter("orderId", order.id()).getResultList();
    }

    /** Written into the credit note's Memo; how the bridge knows its own note after a lost answer. */
    private static String newReference() {
        return "WR-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
    }

    private static String describe(List<ReceivedLine> lines) {
        return lines.stream().map(l -> l.quantity().stripTrailingZeros().toPlainString() + " x " + l.sku() + " "
                + (l.restocked() ? "to stock at " + l.location() : "written off")).collect(Collectors.joining(", "));
    }
}
