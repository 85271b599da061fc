package io.dearbridge.web.fulfilment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of a write's answer, for the OpenAPI document (the body itself is built in the service). */
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
}
