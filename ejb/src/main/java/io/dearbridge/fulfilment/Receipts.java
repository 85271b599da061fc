package io.dearbridge.fulfilment;

import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OutboxCommand;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The warehouse API's answer to a recorded stage: which fulfilment it went to, the record (and shipment)
 * ids, and the DEAR commands queued for it. 202: accepted, DEAR is told asynchronously; 200: nothing changed.
 */
final class Receipts {

    private Receipts() {
    }

    static Answer of(WarehouseOrder order, String action, Recorded recorded, List<OutboxCommand> commands) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("orderId", order.id())
                .add("action", action)
                .add("fulfilment", recorded.fulfilment().number())
                .add("newFulfilment", recorded.createsFulfilment())
                .add("changed", recorded.changed());
        if (order.saleOrderNumber() != null) {
            json.add("saleOrderNumber", order.saleOrderNumber());
        }
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (FulfilmentRecord record : recorded.records()) {
            records.add(Json.createObjectBuilder().add("id", record.id()).add("stage", record.stage().name()));
            if (record.stage() == Stage.SHIP) {
                json.add("shipmentId", record.id());
            }
        }
        json.add("records", records);
        JsonArrayBuilder queued = Json.createArrayBuilder();
        commands.forEach(c -> queued.add(Json.createObjectBuilder().add("id", c.id()).add("type", c.commandType())
                .add("status", c.status().name())));
        json.add("commands", queued);
        return new Answer(recorded.changed() ? 202 : 200, json.build().toString(), false);
    }
}
