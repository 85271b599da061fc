package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptArrival;
import io.dearbridge.domain.receiving.ReceiptReturn;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The API's view of a recorded arrival or supplier return, with the receipt's status and the queued DEAR push. */
final class ArrivalJson {

    private ArrivalJson() {
    }

    static JsonObject of(Receipt receipt, ReceiptArrival a, OutboxCommand command) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        a.lines().forEach(l -> {
            JsonObjectBuilder line = Json.createObjectBuilder().add("sku", l.sku())
                    .add("quantity", l.quantity().stripTrailingZeros().toPlainString())
                    .add("location", text(l.location())).add("dearLocation", text(l.dearLocation()))
                    .add("pushStatus", l.pushStatus().name());
            line.add("batch", text(l.batchSn()));
            line.add("expiry", l.expiryDate() == null ? "" : l.expiryDate().toString());
            lines.add(line);
        });
        return Json.createObjectBuilder().add("id", a.id()).add("receiptId", receipt.id())
                .add("purchaseOrderNumber", text(receipt.orderNumber()))
                .add("receiptStatus", receipt.status().name())
                .add("reference", a.reference()).add("status", a.status().name())
                .add("receivedBy", text(a.receivedBy())).add("receivedAt", a.receivedAt().toString())
                .add("lines", lines).add("dearPush", push(command)).build();
    }

    static JsonObject of(Receipt receipt, ReceiptReturn r, OutboxCommand command) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        r.lines().forEach(l -> lines.add(Json.createObjectBuilder().add("sku", l.sku())
                .add("quantity", l.quantity().stripTrailingZeros().toPlainString()).add("reason", text(l.reason()))));
        return Json.createObjectBuilder().add("id", r.id()).add("receiptId", receipt.id())
                .add("purchaseOrderNumber", text(receipt.orderNumber()))
                .add("reference", r.reference()).add("creditNoteNumber", r.reference())
                .add("status", r.status().name()).add("requestedBy", text(r.requestedBy()))
                .add("requestedAt", r.requestedAt().toString()).add("lines", lines).add("dearPush", push(command))
                .build();
    }

    private static JsonObject push(OutboxCommand command) {
        return Json.createObjectBuilder().add("commandId", command.id()).add("kind", command.kind().code())
                .add("status", command.status().name()).build();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
