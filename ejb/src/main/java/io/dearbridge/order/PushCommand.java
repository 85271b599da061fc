package io.dearbridge.order;

import io.dearbridge.domain.outbox.CommandKind;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The payload of a fulfilment push command: which order, fulfilment and warehouse record it carries to
 * DEAR. The record itself (lines, boxes, tracking) is read when the command is sent, so the payload stays
 * small and the admin sees what it is about. {@code knownTaskIds} (for adding a fulfilment) are the
 * fulfilments DEAR had when the warehouse asked: any other one DEAR shows later is the one this created.
 */
public record PushCommand(long orderId, long fulfilmentId, int fulfilmentNumber, Long recordId, String saleId,
                          Set<String> knownTaskIds) {

    /** The kinds of command this payload travels with. */
    public static final Set<CommandKind> KINDS = Set.of(CommandKind.ADD_FULFILMENT, CommandKind.PICK, CommandKind.PACK,
            CommandKind.SHIP, CommandKind.TRACKING);

    public PushCommand {
        knownTaskIds = knownTaskIds == null ? Set.of() : Set.copyOf(knownTaskIds);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("orderId", orderId).add("fulfilmentId", fulfilmentId)
                .add("fulfilmentNumber", fulfilmentNumber).add("saleId", saleId);
        if (recordId != null) {
            json.add("recordId", recordId);
        }
        if (!knownTaskIds.isEmpty()) {
            JsonArrayBuilder known = Json.createArrayBuilder();
            knownTaskIds.stream().sorted().forEach(known::add);
            json.add("knownTaskIds", known);
        }
        return json.build().toString();
    }

    public static PushCommand parse(String payload) {
        JsonObject json = Json.createReader(new StringReader(payload)).readObject();
        Set<String> known = new LinkedHashSet<>();
        if (json.containsKey("knownTaskIds")) {
            json.getJsonArray("knownTaskIds").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(s -> known.add(s.getString()));
        }
        return new PushCommand(json.getJsonNumber("orderId").longValue(), json.getJsonNumber("fulfilmentId").longValue(),
                json.getInt("fulfilmentNumber"),
                json.containsKey("recordId") ? json.getJsonNumber("recordId").longValue() : null,
                json.getString("saleId"), known);
    }
}
