package io.dearbridge.simulator.purchase;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Purchase/* webhook (PURCHASES.md §5). The payload is thin: {@code TaskID} (the authorised task: the purchase ID of
 * a simple purchase, the I&R or order task of an advanced one) and {@code PurchaseOrderNumber}; the invoice event
 * carries {@code InvoiceNumber} instead. Other payload fields are unconfirmed, so none are sent.
 */
public record PurchaseEvent(String accountId, String type, String taskId, String orderNumber, String invoiceNumber) {

    public static final String ORDER_AUTHORISED = "Purchase/OrderAuthorised";
    public static final String STOCK_RECEIVED_AUTHORISED = "Purchase/StockReceivedAuthorised";
    public static final String INVOICE_AUTHORISED = "Purchase/InvoiceAuthorised";
    public static final String CREDIT_NOTE_AUTHORISED = "Purchase/CreditNoteAuthorised";

    public Map<String, Object> payload() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("TaskID", taskId);
        if (INVOICE_AUTHORISED.equals(type)) {
            m.put("InvoiceNumber", invoiceNumber);
        } else {
            m.put("PurchaseOrderNumber", orderNumber);
        }
        return m;
    }
}
