package io.dearbridge.push;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.order.Stage;
import java.util.ArrayList;
import java.util.List;
import io.dearbridge.domain.outbox.CommandKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One command's DEAR write, and how to tell from DEAR's current state that the write already happened.
 */
abstract class Push {

    final DearFulfilmentGateway dear;
    final DearAccount account;
    final PushContext context;

    Push(DearFulfilmentGateway dear, DearAccount account, PushContext context) {
        this.dear = dear;
        this.account = account;
        this.context = context;
    }

    abstract PushAnswer write();

    abstract Optional<PushAnswer> alreadyDone();

    static Push of(CommandKind kind, DearFulfilmentGateway dear, DearAccount account, PushContext context) {
        return switch (kind) {
            case ADD_FULFILMENT -> new AddFulfilment(dear, account, context);
            case PICK -> new StagePush(dear, account, context, Stage.PICK);
            case PACK -> new StagePush(dear, account, context, Stage.PACK);
            case SHIP -> new StagePush(dear, account, context, Stage.SHIP);
            case TRACKING -> new Tracking(dear, account, context);
            case CREDIT_NOTE, RESTOCK -> throw new IllegalArgumentException(kind + " is a returns command");
            case STOCK_RECEIVED, PURCHASE_CREDIT_NOTE -> throw new IllegalArgumentException(kind + " is a receiving command");
        };
    }

    /** POST sale/fulfilment creates a record on every call: only ever re-sent after DEAR shows none was made. */
    static final class AddFulfilment extends Push {

        AddFulfilment(DearFulfilmentGateway dear, DearAccount account, PushContext context) {
            super(dear, account, context);
        }

        @Override
        PushAnswer write() {
            return new PushAnswer.NewFulfilment(dear.addFulfilment(account, context.saleId(), context.knownTaskIds()));
        }

        @Override
        Optional<PushAnswer> alreadyDone() {
            return dear.newFulfilment(account, context.saleId(), context.knownTaskIds()).map(PushAnswer.NewFulfilment::new);
        }
    }

    /** Pick, pack or ship: done once DEAR shows the stage AUTHORISED. */
    static final class StagePush extends Push {

        private final Stage stage;

        StagePush(DearFulfilmentGateway dear, DearAccount account, PushContext context, Stage stage) {
            super(dear, account, context);
            this.stage = stage;
        }

        @Override
        PushAnswer write() {
            String task = context.taskId();
            return switch (stage) {
                case PICK -> context.autopick() ? dear.autoPick(account, task) : dear.pick(account, task, context.lines());
                case PACK -> dear.pack(account, task, context.lines());
                case SHIP -> dear.ship(account, task, context.shipment(), context.boxes(), context.shipTo());
                default -> throw new IllegalStateException("Not a stage write: " + stage);
            };
        }

        @Override
        Optional<PushAnswer> alreadyDone() {
            StageAnswer answer = dear.read(account, stage, context.taskId());
            return answer.authorised() ? Optional.of(answer) : Optional.empty();
        }
    }

    /** Tracking: done once DEAR's shipment carries the new tracking number. */
    static final class Tracking extends Push {

        Tracking(DearFulfilmentGateway dear, DearAccount account, PushContext context) {
            super(dear, account, context);
        }

        /** DEAR's line IDs come with its ship answer; should one be missing, the shipment is read for them once. */
        @Override
        PushAnswer write() {
            List<ShipBox> boxes = context.shipBoxes();
            if (boxes.stream().anyMatch(b -> b.dearLineId() == null)) {
                StageAnswer current = dear.read(account, Stage.TRACKING, context.taskId());
                List<StageAnswer.ShippedBox> unused = new ArrayList<>(current.shipments());
                List<ShipBox> known = new ArrayList<>();
                for (ShipBox b : boxes) {
                    StageAnswer.ShippedBox match = b.dearLineId() != null ? null : unused.stream()
                            .filter(s -> Objects.equals(s.box(), b.box()) && s.id() != null).findFirst().orElse(null);
                    if (match != null) {
                        unused.remove(match);
                    }
                    known.add(match == null ? b : new ShipBox(b.box(), match.id()));
                }
                boxes = known;
            }
            return dear.changeTracking(account, context.taskId(), context.shipment(), boxes, context.shipTo());
        }

        @Override
        Optional<PushAnswer> alreadyDone() {
            StageAnswer answer = dear.read(account, Stage.TRACKING, context.taskId());
            String wanted = context.shipment().trackingNumber();
            boolean has = answer.shipments().stream().anyMatch(s -> Objects.equals(wanted, s.trackingNumber()));
            return has ? Optional.of(answer) : Optional.empty();
        }
    }
}
