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
}
