package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The purchase document ({@code GET purchase?ID=} or {@code GET advanced-purchase?ID=}) as the receiving writes read
 * it before every write (PURCHASES.md §2.1, §3, §6): type and approach, the stock-received and put-away tasks with
 * their lines and {@code CardID}s, the invoices (status, number, lines), the credit notes with their Unstock lines,
 * the order lines' prices and the {@code InventoryAccount} a credit note line books to. {@code advanced} comes from
 * the shape (stage blocks as arrays), never from a stored type: DEAR users convert purchases (§1.1, §1.3).
 */
public record StockReceivedPurchase(
        @JsonProperty("ID") String id,
        String type,
        String approach,
        String status,
        String location,
        String inventoryAccount,
        Order order,
        List<StockReceivedTask> stockReceived,
        List<StockReceivedTask> putAway,
        List<Invoice> invoice,
        List<PurchaseCreditNote> creditNote,
        boolean advanced) {

    public StockReceivedPurchase {
        stockReceived = Lists.orEmpty(stockReceived);
        putAway = Lists.orEmpty(putAway);
        invoice = Lists.orEmpty(invoice);
        creditNote = Lists.orEmpty(creditNote);
    }

    /** The order stage: its status and lines (prices and tax rules a credit note line copies). */
    public record Order(String status, List<PurchaseCreditNoteLine> lines) {
        public List<PurchaseCreditNoteLine> lines() {
            return lines == null ? List.of() : lines;
        }
    }

    /** An invoice: status, number (the Simple document spells it {@code InvocieNumber}) and lines. */
    public record Invoice(@JsonProperty("TaskID") String taskId, String status,
                          @JsonAlias("InvocieNumber") String invoiceNumber, List<PurchaseCreditNoteLine> lines) {
        public List<PurchaseCreditNoteLine> lines() {
            return lines == null ? List.of() : lines;
        }
    }

    /** DEAR's answer for a purchase it does not serve on that endpoint, on some tenants: no status, no order lines. */
    public boolean emptyShell() {
        return (status == null || status.isBlank()) && (order == null || order.lines().isEmpty());
    }

    /** Reads DEAR's body; the shape decides {@link #advanced}. Null for none. */
    public static StockReceivedPurchase read(JsonNode node) throws JsonProcessingException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        boolean arrays = node.path("StockReceived").isArray() || node.path("Invoice").isArray()
                || node.path("PutAway").isArray();
        StockReceivedPurchase p = DearJson.mapper().treeToValue(node, StockReceivedPurchase.class);
        return new StockReceivedPurchase(p.id, p.type, p.approach, p.status, p.location, p.inventoryAccount, p.order,
                p.stockReceived, p.putAway, p.invoice, p.creditNote, arrays);
    }
}
