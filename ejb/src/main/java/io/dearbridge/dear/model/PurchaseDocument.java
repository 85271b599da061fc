package io.dearbridge.dear.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A purchase as read, with the shape it came in: {@code stagesAsArrays} when its stock-received, put-away or invoice
 * block was an array (an Advanced purchase), and which endpoint answered. The shape decides the type, never a stored
 * value (DEAR users convert Simple purchases to Advanced).
 */
public record PurchaseDocument(Purchase purchase, boolean stagesAsArrays, boolean fromAdvancedEndpoint) {

    /** Reads DEAR's body; null for none. */
    public static PurchaseDocument read(JsonNode node, boolean advancedEndpoint) throws JsonProcessingException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        boolean arrays = node.path("StockReceived").isArray() || node.path("Invoice").isArray()
                || node.path("PutAway").isArray();
        return new PurchaseDocument(DearJson.mapper().treeToValue(node, Purchase.class), arrays, advancedEndpoint);
    }
}
