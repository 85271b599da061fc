package io.dearbridge.dear.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a credit note's {@code Unstock} in either of DEAR's shapes: a plain array of lines, or (inside a Simple
 * purchase's document) an object {@code {Status, Lines:[...]}} (PURCHASES.md §6.2).
 */
public final class PurchaseCreditNoteUnstockReader extends JsonDeserializer<List<PurchaseCreditNoteUnstock>> {

    @Override
    public List<PurchaseCreditNoteUnstock> deserialize(JsonParser parser, DeserializationContext context)
            throws IOException {
        JsonNode node = parser.readValueAsTree();
        JsonNode lines = node != null && node.isObject() && node.has("Lines") ? node.get("Lines") : node;
        List<PurchaseCreditNoteUnstock> out = new ArrayList<>();
        if (lines == null || lines.isNull()) {
            return out;
        }
        for (JsonNode line : lines.isArray() ? lines : List.of(lines)) {
            out.add(DearJson.mapper().treeToValue(line, PurchaseCreditNoteUnstock.class));
        }
        return out;
    }
}
