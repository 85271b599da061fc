package io.dearbridge.push;

import io.dearbridge.order.PushCommand;
import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.OrderStatus;
import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What a push's outcome means for the order, written in the outbox's own transactions: DEAR's TaskID for a
 * fulfilment it created, what an auto-pick took, and a line on the order's timeline.
 */
@ApplicationScoped
public class PushBookkeeping {

    private static final Logger LOG = Logger.getLogger(PushBookkeeping.class.getName());

    @PersistenceContext
    EntityManager em;

    /** A voided order is never shipped, and an undone one waits: its commands are held instead. */
    public Optional<String> holdReason(PushCommand command) {
        WarehouseOrder order = em.find(WarehouseOrder.class, command.orderId());
        if (order == null) {
            return Optional.of("order " + command.orderId() + " no longer exists");
        }
        Fulfilment fulfilment = em.find(Fulfilment.class, command.fulfilmentId());
        if (fulfilment != null && fulfilment.dropped()) {
            return Optional.of("fulfilment " + fulfilment.number() + " was voided in DEAR or is gone from the sale");
        }
        return reasonFor(order.status());
    }

    static Optional<String> reasonFor(OrderStatus status) {
        return switch (status) {
            case CANCELLED -> Optional.of("the order was voided in DEAR");
            case ON_HOLD -> Optional.of("the order was undone in DEAR (on hold until authorised again)");
            default -> Optional.empty();
        };
    }

    public void sent(ClaimedCommand claim, PushCommand command, Outcome.Sent<PushAnswer> outcome) {
        lockOrder(command);
        Fulfilment fulfilment = em.find(Fulfilment.class, command.fulfilmentId());
        if (fulfilment == null) {
            return;
        }
        Instant now = Instant.now();
        String how = outcome.confirmedByReading() ? " (DEAR already showed it when re-read)" : "";
        if (outcome.detail() instanceof PushAnswer.NewFulfilment created) {
            String taskId = created.taskId();
            if (fulfilment.planned()) {
                fulfilment.assignTask(taskId);
            }
            fulfilment.order().note(now, "DEAR created fulfilment " + fulfilment.number() + " (TaskID " + taskId
                    + ") for a further shipment" + how, Source.BRIDGE);
            return;
        }
        if (!(outcome.detail() instanceof StageAnswer answer)) {
            return; // PushAnswer is sealed: a stage's answer or a new fulfilment, handled above
        }
        Stage stage = FulfilmentPushHandler.stageOf(claim.kind()).orElseThrow();
        if (stage == Stage.PICK && command.recordId() != null) {
            fulfilment.records().stream().filter(r -> r.id().equals(command.recordId())).findFirst()
                    .ifPresent(record -> record.confirmAutopick(answer.lines()));
        }
        if (stage == Stage.SHIP && command.recordId() != null) {
            // DEAR's line IDs, so a later tracking change updates these lines instead of adding new ones.
            fulfilment.records().stream().filter(r -> r.id().equals(command.recordId())).findFirst()
                    .ifPresent(record -> record.rememberShipLines(answer.shipments().stream()
                            .filter(s -> s.id() != null && s.box() != null)
                            .map(s -> Map.entry(s.box(), s.id())).toList()));
        }
        // DEAR's answer is authoritative for the stage it wrote: take it now, so the order moves on and DEAR's
        // echo webhook of this stage needs no read (intake recognises it by the pushed flag and this status).
        fulfilment.confirmedByBridge(stage, answer.status());
        fulfilment.order().refreshStatus(now);
        String what = stage == Stage.TRACKING
                ? "Tracking of fulfilment " + fulfilment.number() + " changed in DEAR to " + tracking(fulfilment, command)
                : stage.label() + " of fulfilment " + fulfilment.number() + " sent to DEAR: " + answer.status()
                        + (Fulfilment.AUTHORISED.equals(answer.status()) ? ", confirmed by DEAR (sent by the bridge)" : "");
        fulfilment.order().note(now, what + how, Source.BRIDGE);
    }

    private static String tracking(Fulfilment fulfilment, PushCommand command) {
        return fulfilment.records().stream().filter(r -> r.id().equals(command.recordId())).findFirst()
                .map(FulfilmentRecord::trackingNumber).orElse("?");
    }

    public void failed(ClaimedCommand claim, PushCommand command, SyncFailure failure) {
        WarehouseOrder order = lockOrder(command);
        if (order == null) {
            return;
        }
        order.note(Instant.now(), describe(claim.kind(), command) + " could not be sent to DEAR: "
                + failure.describe() + ". Command " + claim.id() + " waits for an operator (replay or dismiss).",
                Source.BRIDGE);
    }

    public void held(OutboxCommand outboxCommand, PushCommand command, String reason) {
        WarehouseOrder order = lockOrder(command);
        if (order == null) {
            return;
        }
        LOG.info(() -> "Held outbox command " + outboxCommand.id() + " of order " + order.id() + ": " + reason);
        order.requestStop(Instant.now(), describe(outboxCommand.kind(), command) + " held, not sent to DEAR: "
                + reason + ".");
    }

    /**
     * The order row is the lock every writer of an order takes first (warehouse requests, intake, these
     * outcomes), so their changes to the order and its fulfilments never overwrite each other.
     */
    private WarehouseOrder lockOrder(PushCommand command) {
        return em.find(WarehouseOrder.class, command.orderId(), LockModeType.PESSIMISTIC_WRITE);
    }

    static String describe(CommandKind kind, PushCommand command) {
        if (kind == CommandKind.ADD_FULFILMENT) {
            return "Creating fulfilment " + command.fulfilmentNumber();
        }
        return FulfilmentPushHandler.stageOf(kind).orElseThrow().label() + " of fulfilment " + command.fulfilmentNumber();
    }
}
