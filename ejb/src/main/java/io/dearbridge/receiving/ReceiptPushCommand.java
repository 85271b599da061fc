package io.dearbridge.receiving;

import io.dearbridge.domain.outbox.CommandKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;

/**
 * The payload of a receiving command: which receipt, and which of its arrivals ({@link CommandKind#STOCK_RECEIVED}) or
 * supplier returns ({@link CommandKind#PURCHASE_CREDIT_NOTE}) it sends. The lines are read when it is sent.
 */
public record ReceiptPushCommand(long receiptId, long itemId) {

    public static final Set<CommandKind> KINDS = Set.of(CommandKind.STOCK_RECEIVED, CommandKind.PURCHASE_CREDIT_NOTE);

    public String toJson() {
        return Json.createObjectBuilder().add("receiptId", receiptId).add("itemId", itemId).build().toString();
    }

    public static ReceiptPushCommand parse(String payload) {
        JsonObject json = Json.createReader(new StringReader(payload)).readObject();
        return new ReceiptPushCommand(json.getJsonNumber("receiptId").longValue(),
                json.getJsonNumber("itemId").longValue());
    }
}
