package io.dearbridge.web.fulfilment;

import io.dearbridge.fulfilment.StageRecorded;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a write's answer: what was recorded and which DEAR commands were queued. */
@Schema(name = "StageReceipt", description = "What was recorded and which DEAR commands were queued")
public record StageReceipt(
        long orderId,
        String saleOrderNumber,
        @Schema(description = "pick, pack, ship, tracking or ship-it") String action,
        @Schema(description = "Number of the DEAR fulfilment the record went to") int fulfilment,
        @Schema(description = "DEAR must create this fulfilment first (partial shipment)") boolean newFulfilment,
        @Schema(description = "False when the request changed nothing (same tracking again)") boolean changed,
        @Schema(description = "Id of the shipment, for its tracking path") Long shipmentId,
        List<Record> records,
        List<Command> commands) {

    public record Record(long id, @Schema(description = "PICK, PACK, SHIP or TRACKING") String stage) {
    }

    public record Command(long id, @Schema(description = "DEAR_ADD_FULFILMENT, DEAR_PICK, DEAR_PACK, DEAR_SHIP or "
            + "DEAR_TRACKING") String type, @Schema(description = "Outbox status") String status) {
    }

    static StageReceipt of(StageRecorded recorded) {
        return new StageReceipt(recorded.orderId(), recorded.saleOrderNumber(), recorded.action(),
                recorded.fulfilment(), recorded.newFulfilment(), recorded.changed(), recorded.shipmentId(),
                recorded.records().stream().map(r -> new Record(r.id(), r.stage().name())).toList(),
                recorded.commands().stream().map(c -> new Command(c.id(), c.kind().code(), c.status().name())).toList());
    }
}
