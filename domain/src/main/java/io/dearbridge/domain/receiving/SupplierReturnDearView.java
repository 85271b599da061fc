package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A purchase as DEAR shows it when a supplier return is about to be written: whether it is Advanced, its authorised
 * (or paid) invoice, the received stock as cards ({@code CardID}s: a Simple purchase's authorised stock-received lines,
 * an Advanced one's authorised put-away lines, PURCHASES.md §6.1), and its credit notes with what each unstocked.
 *
 * @param invoiceNumber the number of the invoice a credit note credits (Advanced: {@code CreditNoteInvoiceNumber}),
 *                      null when DEAR shows no AUTHORISED or PAID invoice
 * @param prices        per SKU (upper case), the invoice's (else the order's) line a credit note line copies
 */
public record SupplierReturnDearView(boolean advanced, boolean voided, String invoiceNumber,
                                     List<ArrivalDearLine> cards, List<Note> creditNotes, Map<String, Price> prices) {

    public SupplierReturnDearView {
        cards = cards == null ? List.of() : List.copyOf(cards);
        creditNotes = creditNotes == null ? List.of() : List.copyOf(creditNotes);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** A purchase credit note and the cards it unstocked. */
    public record Note(String taskId, String number, String status, List<Unstock> unstock) {

        public Note {
            status = status == null ? "" : status.strip().toUpperCase(java.util.Locale.ROOT);
            unstock = unstock == null ? List.of() : List.copyOf(unstock);
        }

        public boolean voided() {
            return "VOIDED".equals(status);
        }
    }

    /** An Unstock line: the card the stock leaves from, and how much. */
    public record Unstock(String cardId, String sku, BigDecimal quantity) {
    }

    /** What a credit note line needs from the invoice (DEAR requires an Account on it). */
    public record Price(String productId, String name, BigDecimal price, BigDecimal discount, String taxRule,
                        String account) {
    }
}
