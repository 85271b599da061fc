package io.dearbridge.returns;

import io.dearbridge.domain.outbox.CommandKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Set;

/**
 * The payload of a returns command: which return it settles. The return's lines and reference are read when
 * the command is sent. {@link CommandKind#CREDIT_NOTE} creates the credit note of a dock return;
 * {@link CommandKind#RESTOCK} adds to an existing DEAR note the restock it lacks for what the warehouse put back.
 */
public record CreditNoteCommand(long returnId) {

    public static final Set<CommandKind> KINDS = Set.of(CommandKind.CREDIT_NOTE, CommandKind.RESTOCK);

    public String toJson() {
        return Json.createObjectBuilder().add("returnId", returnId).build().toString();
    }

    public static CreditNoteCommand parse(String payload) {
        JsonObject json = Json.createReader(new StringReader(payload)).readObject();
        return new CreditNoteCommand(json.getJsonNumber("returnId").longValue());
    }
}
