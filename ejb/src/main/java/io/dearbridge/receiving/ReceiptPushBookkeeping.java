package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.ArrivalPlacement;
import io.dearbridge.domain.receiving.DearTaskKind;
import io.dearbridge.domain.receiving.LinePushStatus;
import io.dearbridge.domain.receiving.PurchaseType;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptArrival;
import io.dearbridge.domain.receiving.ReceiptArrivalLine;
import io.dearbridge.domain.receiving.ReceiptArrivalStatus;
import io.dearbridge.domain.receiving.ReceiptReturn;
import io.dearbridge.domain.receiving.ReceiptReturnStatus;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.domain.receiving.SupplierReturnRequest;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a receiving push's outcome means for its arrival or supplier return and the receipt, written in the outbox's
 * own transactions (the receipt row locked first, as the warehouse's writes lock it); and what a push needs, read
 * before DEAR is called.
 */
@ApplicationScoped
public class ReceiptPushBookkeeping {

    /** An operator released the push: it is not held again for the same reason, DEAR is read first. */
    static final String RELEASED = "released by an operator; DEAR is read again before anything is written";

    @PersistenceContext
    EntityManager em;

    public Optional<ReceiptPushJob> job(CommandKind kind, ReceiptPushCommand command) {
        Receipt receipt = em.find(Receipt.class, command.receiptId());
        if (receipt == null) {
            return Optional.empty();
        }
        boolean advanced = receipt.purchaseType() == PurchaseType.ADVANCED;
        if (kind == CommandKind.STOCK_RECEIVED) {
            return arrival(receipt, command.itemId()).map(a -> {
                Set<String> others = new LinkedHashSet<>();
                receipt.arrivals().stream().filter(o -> !o.id().equals(a.id()) && o.dearTaskId() != null)
                        .forEach(o -> others.add(o.dearTaskId()));
                List<ArrivalPlacement> lines = a.lines().stream().map(l -> new ArrivalPlacement(l.sku(), l.quantity(),
                        l.dearLocation(), l.dearLocationId(), l.batchSn(), l.expiryDate())).toList();
                return new ReceiptPushJob.Arrival(receipt.id(), a.id(), receipt.accountCode(), receipt.purchaseId(),
                        advanced, a.reference(), lines, a.dearTaskId(), others, day(a.receivedAt()));
            });
        }
        return supplierReturn(receipt, command.itemId()).map(r -> new ReceiptPushJob.SupplierReturn(receipt.id(),
                r.id(), receipt.accountCode(), receipt.purchaseId(), advanced, r.reference(), r.lines().stream()
                .map(l -> new SupplierReturnRequest(l.sku(), l.quantity(), l.reason())).toList(), day(r.requestedAt())));
    }

    /**
     * A reason not to send now, from what the bridge knows: the purchase was voided or its order undone in DEAR; or a
     * second delivery on a Simple purchase whose stock received DEAR has already authorised (DEAR authorises it once,
     * and the bridge never converts a purchase): an operator converts it in DEAR and releases, or dismisses.
     */
    public Optional<String> holdReason(OutboxCommand command) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(command.payload());
        Receipt receipt = em.find(Receipt.class, c.receiptId());
        if (receipt == null) {
            return Optional.empty();
        }
        if (receipt.status() == ReceiptStatus.CANCELLED) {
            return Optional.of("receipt " + receipt.id() + " (" + receipt.orderNumber() + ") is CANCELLED: "
                    + receipt.statusReason());
        }
        if (command.kind() != CommandKind.STOCK_RECEIVED || receipt.purchaseType() != PurchaseType.SIMPLE) {
            return Optional.empty();
        }
        Optional<ReceiptArrival> arrival = arrival(receipt, c.itemId());
        if (arrival.isEmpty() || RELEASED.equals(arrival.get().statusReason())) {
            return Optional.empty();
        }
        boolean earlierInDear = receipt.arrivals().stream().anyMatch(o -> o.id() < c.itemId()
                && (o.status() == ReceiptArrivalStatus.IN_DEAR || o.status() == ReceiptArrivalStatus.SENT));
        boolean authorisedInDear = receipt.dearTasks().stream().anyMatch(t -> t.kind() == DearTaskKind.STOCK_RECEIVED
                && t.authorised() && (t.arrivalId() == null || !t.arrivalId().equals(c.itemId())));
        if (earlierInDear || authorisedInDear) {
            return Optional.of("a second delivery on Simple purchase " + receipt.orderNumber() + ": DEAR authorises"
                    + " stock received once, and the bridge never converts a purchase. Convert it to Advanced in DEAR"
                    + " and release this push (it then goes to a receiving task of its own), or receive it in DEAR and"
                    + " dismiss it");
        }
        return Optional.empty();
    }

    public void arrivalSent(ClaimedCommand claim, ReceiptPushAnswer answer) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(claim.payload());
        Receipt receipt = lock(c.receiptId());
        Optional<ReceiptArrival> found = receipt == null ? Optional.empty() : arrival(receipt, c.itemId());
        if (found.isEmpty()) {
            return;
        }
        ReceiptArrival a = found.get();
        Instant now = Instant.now();
        a.sentTo(answer.taskId(), now);
        List<ReceiptArrivalLine> lines = a.lines();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).pushed(LinePushStatus.IN_DEAR, i < answer.cardIds().size() ? answer.cardIds().get(i) : null);
        }
        a.moveTo(ReceiptArrivalStatus.IN_DEAR, answer.note(), now);
        receipt.settle(now);
    }

    public void returnSent(ClaimedCommand claim, ReceiptPushAnswer answer) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(claim.payload());
        Receipt receipt = lock(c.receiptId());
        Optional<ReceiptReturn> found = receipt == null ? Optional.empty() : supplierReturn(receipt, c.itemId());
        if (found.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        found.get().creditNote(answer.taskId(), answer.creditNoteNumber(), answer.status(), now);
        found.get().moveTo(ReceiptReturnStatus.CREDITED, answer.note(), now);
    }

    /** DEAR would refuse it until the invoice is authorised: the arrival or return says so, and waits. */
    public void waiting(ClaimedCommand claim, String why) {
        moveTo(claim, ReceiptArrivalStatus.WAITING_INVOICE, ReceiptReturnStatus.WAITING_INVOICE, why);
    }

    public void failed(ClaimedCommand claim, SyncFailure failure) {
        moveTo(claim, ReceiptArrivalStatus.FAILED, ReceiptReturnStatus.FAILED, failure.message()
                + " (outbox command " + claim.id() + ", waiting for an operator)");
    }

    public void held(OutboxCommand command, String reason) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(command.payload());
        Receipt receipt = em.find(Receipt.class, c.receiptId());
        if (receipt != null && command.kind() == CommandKind.STOCK_RECEIVED) {
            arrival(receipt, c.itemId()).ifPresent(a -> {
                Instant now = Instant.now();
                a.moveTo(ReceiptArrivalStatus.HELD, "held: " + reason, now);
                receipt.settle(now);
            });
        }
    }

    /** An operator released a held arrival: back to RECORDED, marked so that it is not held again for the same. */
    public Optional<String> released(OutboxCommand command, Instant now) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(command.payload());
        Receipt receipt = em.find(Receipt.class, c.receiptId());
        if (receipt == null || command.kind() != CommandKind.STOCK_RECEIVED) {
            return Optional.empty();
        }
        return arrival(receipt, c.itemId()).filter(a -> a.status() == ReceiptArrivalStatus.HELD).map(a -> {
            a.moveTo(ReceiptArrivalStatus.RECORDED, RELEASED, now);
            receipt.settle(now);
            return "arrival " + a.id() + " of receipt " + receipt.id() + " goes to DEAR after DEAR is read again";
        });
    }

    private void moveTo(ClaimedCommand claim, ReceiptArrivalStatus arrivalStatus, ReceiptReturnStatus returnStatus,
                        String why) {
        ReceiptPushCommand c = ReceiptPushCommand.parse(claim.payload());
        Receipt receipt = lock(c.receiptId());
        if (receipt == null) {
            return;
        }
        Instant now = Instant.now();
        if (claim.kind() == CommandKind.STOCK_RECEIVED) {
            arrival(receipt, c.itemId()).ifPresent(a -> a.moveTo(arrivalStatus, why, now));
            receipt.settle(now);
        } else {
            supplierReturn(receipt, c.itemId()).ifPresent(r -> r.moveTo(returnStatus, why, now));
        }
    }

    private Receipt lock(long receiptId) {
        return em.find(Receipt.class, receiptId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Optional<ReceiptArrival> arrival(Receipt receipt, long arrivalId) {
        return receipt.arrivals().stream().filter(a -> a.id() == arrivalId).findFirst();
    }

    private static Optional<ReceiptReturn> supplierReturn(Receipt receipt, long returnId) {
        return receipt.returns().stream().filter(r -> r.id() == returnId).findFirst();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

}
