package io.dearbridge.fulfilment;

import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import java.util.List;

/**
 * What recording a stage did: which fulfilment it went to, the records (and shipment) it wrote, and the DEAR
 * commands it queued. {@code changed} is false when the request changed nothing (the same tracking again).
 */
public record StageRecorded(long orderId, String saleOrderNumber, String action, int fulfilment,
                            boolean newFulfilment, boolean changed, Long shipmentId, List<RecordRef> records,
                            List<QueuedCommand> commands) {

    public record RecordRef(long id, Stage stage) {
    }

    public record QueuedCommand(long id, CommandKind kind, OutboxStatus status) {
    }

    static StageRecorded of(WarehouseOrder order, String action, Recorded recorded, List<OutboxCommand> commands) {
        List<RecordRef> records = recorded.records().stream().map(r -> new RecordRef(r.id(), r.stage())).toList();
        Long shipmentId = recorded.records().stream().filter(r -> r.stage() == Stage.SHIP)
                .map(FulfilmentRecord::id).reduce((first, last) -> last).orElse(null);
        List<QueuedCommand> queued = commands.stream()
                .map(c -> new QueuedCommand(c.id(), c.kind(), c.status())).toList();
        return new StageRecorded(order.id(), order.saleOrderNumber(), action, recorded.fulfilment().number(),
                recorded.createsFulfilment(), recorded.changed(), shipmentId, records, queued);
    }
}
