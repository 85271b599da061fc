package io.dearbridge.returns;

import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.order.PickedBatches;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.outbox.Outbox;
import jakarta.inject.Inject;
import io.dearbridge.domain.returns.ReturnOrigin;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.domain.returns.WarehouseReturn;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * What a returns command's outcome means for the return and its order, written in the outbox's own
 * transactions. The order row is locked first, as every writer of an order does (intake records credit notes
 * under the same lock), so DEAR's webhook about the new note and DEAR's answer never both record it.
 */
@ApplicationScoped
public class ReturnBookkeeping {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** A voided sale takes no credit note: the command waits for an operator instead of being refused. */
    public Optional<String> holdReason(CreditNoteCommand command) {
        WarehouseReturn r = em.find(WarehouseReturn.class, command.returnId());
        if (r == null) {
            return Optional.empty();
        }
        WarehouseOrder order = em.find(WarehouseOrder.class, r.orderId());
        return order != null && order.status() == OrderStatus.CANCELLED
                ? Optional.of("the order was voided in DEAR") : Optional.empty();
    }

    /** Read before DEAR is called; the lines are copied so nothing stays attached. */
    public Optional<CreditJob> job(long returnId) {
        WarehouseReturn r = em.find(WarehouseReturn.class, returnId);
        if (r == null) {
            return Optional.empty();
        }
        WarehouseOrder order = em.find(WarehouseOrder.class, r.orderId());
        return Optional.of(new CreditJob(r.id(), r.orderId(), r.accountCode(), r.saleId(), r.origin(), r.status(),
                r.reference(), r.creditNoteTaskId(), r.received(), r.restockShortfall(),
                order == null ? PickedBatches.none() : PickedBatches.of(order)));
    }

    public void sent(ClaimedCommand claim, CreditNoteCommand command, Outcome.Sent<CreditNoteAnswer> outcome) {
        WarehouseReturn r = lock(command);
        if (r == null) {
            return;
        }
        CreditNoteAnswer answer = outcome.detail();
        Instant now = Instant.now();
        if (answer.parked()) {
            park(r, ReturnStatus.valueOf(answer.status()), answer.saleSeenAt(), now);
            return;
        }
        boolean changed = r.credited(answer.taskId(), answer.number(), answer.status(), now);
        String how = outcome.confirmedByReading() ? " (DEAR already showed it when re-read)" : "";
        if (changed) {
            String what = claim.kind() == CommandKind.RESTOCK
                    ? "Restock of return " + r.id() + " (credit note " + answer.number() + ") booked in DEAR as stock"
                    + " adjustment " + answer.adjustment() + how
                    : "Credit note " + answer.number() + " created in DEAR for " + describe(r) + how;
            order(r).ifPresent(o -> o.note(now, what, Source.BRIDGE));
        }
    }

    /** No note was written because DEAR would refuse it: the return says why, and waits. */
    private void park(WarehouseReturn r, ReturnStatus why, Instant saleSeenAt, Instant now) {
        Optional<WarehouseOrder> order = order(r);
        if (why == ReturnStatus.WAITING_INVOICE && order.isPresent() && importedSince(order.get(), saleSeenAt)) {
            // An import of a newer sale came between the handler's read and now, and found nothing waiting: it may
            // have brought the invoice. Ask again rather than wait for an import that already happened.
            outbox.enqueue(r.accountCode(), OrderingKey.ofOrder(r.orderId()), CommandKind.CREDIT_NOTE,
                    new CreditNoteCommand(r.id()).toJson(), now);
            return;
        }
        boolean changed = why == ReturnStatus.WAITING_INVOICE ? r.waitForInvoice(now) : r.creditInDear(now);
        if (changed) {
            String what = why == ReturnStatus.WAITING_INVOICE
                    ? "No credit note for " + describe(r) + " yet: the sale has no authorised invoice in DEAR;"
                    + " waiting for DEAR invoice"
                    : "No credit note written for " + describe(r) + ": " + why.explanation();
            order(r).ifPresent(o -> o.note(now, what, Source.BRIDGE));
        }
    }

    private static boolean importedSince(WarehouseOrder order, Instant saleSeenAt) {
        return saleSeenAt != null && order.dearModifiedAt() != null && order.dearModifiedAt().isAfter(saleSeenAt);
    }

    public void failed(ClaimedCommand claim, CreditNoteCommand command, SyncFailure failure) {
        WarehouseReturn r = lock(command);
        if (r == null) {
            return;
        }
        String what = (claim.kind() == CommandKind.RESTOCK ? "Restock" : "Credit note")
                + " for " + describe(r) + " FAILED in DEAR: " + failure.message() + " (outbox command " + claim.id()
                + ", waiting for an operator)";
        order(r).ifPresent(o -> o.note(Instant.now(), what, Source.BRIDGE));
    }

    public void held(CreditNoteCommand command, String reason) {
        WarehouseReturn r = em.find(WarehouseReturn.class, command.returnId());
        if (r != null) {
            order(r).ifPresent(o -> o.note(Instant.now(), "Credit note for " + describe(r) + " held: " + reason,
                    Source.BRIDGE));
        }
    }

    private WarehouseReturn lock(CreditNoteCommand command) {
        WarehouseReturn r = em.find(WarehouseReturn.class, command.returnId());
        if (r == null) {
            return null;
        }
        em.find(WarehouseOrder.class, r.orderId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        return r;
    }

    private Optional<WarehouseOrder> order(WarehouseReturn r) {
        return Optional.ofNullable(em.find(WarehouseOrder.class, r.orderId()));
    }

    static String describe(WarehouseReturn r) {
        return (r.origin() == ReturnOrigin.DOCK ? "dock return " : "return ") + r.id()
                + (r.reference() == null ? "" : " (" + r.reference() + ")");
    }
}
