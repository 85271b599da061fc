package io.dearbridge.domain.inbox;

import java.util.Objects;

/** What an event is about: its account, DEAR event type, and the document DEAR's thin payload names. */
public record EventKey(String accountCode, String eventType, DocumentRef document) {

    public EventKey {
        document = Objects.requireNonNullElse(document, DocumentRef.NONE);
    }

    /** An event about a sale. */
    public static EventKey sale(String accountCode, String eventType, String saleId, String saleTaskId,
                                String saleOrderNumber) {
        return new EventKey(accountCode, eventType, DocumentRef.sale(saleId, saleTaskId, saleOrderNumber));
    }

    /** An event about a purchase (the receiving flow). */
    public static EventKey purchase(String accountCode, String eventType, String purchaseId, String taskId,
                                    String purchaseOrderNumber) {
        return new EventKey(accountCode, eventType, DocumentRef.purchase(purchaseId, taskId, purchaseOrderNumber));
    }
}
