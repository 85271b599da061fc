package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.Fulfilment;
import io.dearbridge.dear.model.FulfilmentList;
import io.dearbridge.dear.model.PickPackTask;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.dear.model.StockLine;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.StageLine;
import io.dearbridge.push.DearFulfilmentGateway;
import io.dearbridge.push.ShipBox;
import io.dearbridge.push.ShipTo;
import io.dearbridge.push.StageAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@link DearFulfilmentGateway} over the DEAR client facade: builds DEAR's bodies, reads its answers. */
@ApplicationScoped
public class DearFulfilmentAdapter implements DearFulfilmentGateway {

    @Inject
    DearClient dear;

    @Override
    public String addFulfilment(DearAccount account, String saleId, Set<String> known) {
        FulfilmentList answer = dear.addFulfilment(account, saleId);
        return newIn(answer, known).orElseThrow(() -> new IllegalStateException(
                "DEAR answered POST sale/fulfilment for sale " + saleId + " without a new TaskID"));
    }

    @Override
    public Optional<String> newFulfilment(DearAccount account, String saleId, Set<String> known) {
        return newIn(dear.fulfilments(account, saleId), known);
    }

    private static Optional<String> newIn(FulfilmentList list, Set<String> known) {
        if (list == null) {
            return Optional.empty();
        }
        return list.fulfilments().stream().map(Fulfilment::taskId).filter(id -> id != null)
                .map(id -> id.toLowerCase(Locale.ROOT)).filter(id -> !known.contains(id)).findFirst();
    }

    @Override
    public StageAnswer pick(DearAccount account, String taskId, List<StageLine> lines) {
        return answer(taskId, dear.postPick(account, PickPackTask.authorise(taskId, stock(lines, false))));
    }

    @Override
    public StageAnswer autoPick(DearAccount account, String taskId) {
        return answer(taskId, dear.autoPick(account, taskId));
    }

    @Override
    public StageAnswer pack(DearAccount account, String taskId, List<StageLine> lines) {
        return answer(taskId, dear.postPack(account, PickPackTask.authorise(taskId, stock(lines, true))));
    }

    @Override
    public StageAnswer ship(DearAccount account, String taskId, ShipmentDetails shipment, List<String> boxes,
                            ShipTo shipTo) {
        return answer(taskId, dear.postShip(account, ShipBodies.post(taskId, shipment,
                boxes.stream().map(b -> new ShipBox(b, null)).toList(), shipTo)));
    }

    @Override
    public StageAnswer changeTracking(DearAccount account, String taskId, ShipmentDetails shipment,
                                      List<ShipBox> boxes, ShipTo shipTo) {
        return answer(taskId, dear.addTrackingNumbers(account, ShipBodies.trackingPut(taskId, shipment, boxes, shipTo)));
    }

    @Override
    public StageAnswer read(DearAccount account, Stage stage, String taskId) {
        return switch (stage) {
            case PICK -> answer(taskId, dear.pick(account, taskId));
            case PACK -> answer(taskId, dear.pack(account, taskId));
            case SHIP, TRACKING -> answer(taskId, dear.ship(account, taskId));
        };
    }

    /** Each line from the DEAR place the warehouse's location maps to (see {@code LocationMap}). */
    private static List<StockLine> stock(List<StageLine> lines, boolean withBox) {
        return lines.stream().map(l -> new StockLine(null, l.sku(), null, l.dearLocation(), l.dearLocationId(),
                l.quantity(), blankToNull(l.batch()), ShipBodies.startOfDay(l.expiry()), withBox ? l.box() : null, null, null))
                .toList();
    }

    private static StageAnswer answer(String taskId, PickPackTask task) {
        if (task == null) {
            return new StageAnswer(taskId, null, List.of(), List.of(), null);
        }
        List<StageLine> lines = task.lines().stream().map(l -> StageLine.fromDear(l.sku(), l.quantity(), l.location(),
                l.locationId(), l.batchSn(),
                l.expiryDate() == null ? null : LocalDate.ofInstant(l.expiryDate(), ZoneOffset.UTC), l.box())).toList();
        return new StageAnswer(task.taskId() == null ? taskId : task.taskId(), task.status(), lines, List.of(),
                DearJson.write(task));
    }

    private static StageAnswer answer(String taskId, ShipTask task) {
        if (task == null) {
            return new StageAnswer(taskId, null, List.of(), List.of(), null);
        }
        List<StageAnswer.ShippedBox> boxes = task.lines().stream().map(l -> new StageAnswer.ShippedBox(l.id(),
                l.boxName(), l.carrier(), l.trackingNumber())).toList();
        return new StageAnswer(task.taskId() == null ? taskId : task.taskId(), task.status(), List.of(), boxes,
                DearJson.write(task));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
