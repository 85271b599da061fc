package io.dearbridge.returns;

import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.returns.ExpectedLine;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.WarehouseReturn;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A return as the warehouse API shows it (and stores as the answer to an idempotent POST). */
public final class ReturnJson {

    private ReturnJson() {
    }

    public static JsonObject of(WarehouseReturn r) {
        return of(r, null);
    }

    public static JsonObject of(WarehouseReturn r, List<OutboxCommand> commands) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", r.id())
                .add("account", r.accountCode())
                .add("orderId", r.orderId())
                .add("saleId", r.saleId())
                .add("origin", r.origin().name())
                .add("status", r.status().name());
        add(json, "statusText", r.status().explanation());
        add(json, "saleOrderNumber", r.saleOrderNumber());
        add(json, "reference", r.reference());
        JsonObjectBuilder note = Json.createObjectBuilder();
        add(note, "taskId", r.creditNoteTaskId());
        add(note, "number", r.creditNoteNumber());
        add(note, "status", r.creditNoteStatus());
        json.add("creditNote", note);
        add(json, "restockLocation", r.restockLocation());
        JsonArrayBuilder expected = Json.createArrayBuilder();
        for (ExpectedLine l : r.expected()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("sku", l.sku())
                    .add("quantity", plain(l.quantity())).add("restockQuantity", plain(l.restockQuantity()));
            add(line, "name", l.name());
            add(line, "productId", l.productId());
            add(line, "restockLocation", l.restockLocation());
            expected.add(line);
        }
        json.add("lines", expected);
        JsonArrayBuilder received = Json.createArrayBuilder();
        for (ReceivedLine l : r.received()) {
            JsonObjectBuilder line = Json.createObjectBuilder().add("sku", l.sku())
                    .add("quantity", plain(l.quantity())).add("condition", l.condition().name());
            add(line, "name", l.name());
            add(line, "location", l.location());
            received.add(line);
        }
        json.add("received", received);
        add(json, "receivedBy", r.receivedBy());
        add(json, "receivedAt", r.receivedAt());
        add(json, "createdAt", r.createdAt());
        add(json, "updatedAt", r.updatedAt());
        if (commands != null) {
            JsonArrayBuilder queued = Json.createArrayBuilder();
            for (OutboxCommand c : commands) {
                JsonObjectBuilder command = Json.createObjectBuilder().add("id", c.id()).add("type", c.kind().code())
                        .add("status", c.status().name()).add("attempts", c.trail().attempts());
                add(command, "lastError", c.trail().lastError());
                if (c.trail().lastHttpStatus() != null) {
                    command.add("lastHttpStatus", c.trail().lastHttpStatus());
                }
                // Waiting is not failing: say why, and when it is expected to go.
                c.waitingFor().ifPresent(reason -> {
                    command.add("waitingFor", reason.name());
                    add(command, "expectedStart", c.trail().nextAttemptAt());
                });
                queued.add(command);
            }
            json.add("commands", queued);
        }
        return json.build();
    }

    private static BigDecimal plain(BigDecimal v) {
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static void add(JsonObjectBuilder json, String name, Instant value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
