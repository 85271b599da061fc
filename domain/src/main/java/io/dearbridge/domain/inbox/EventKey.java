package io.dearbridge.domain.inbox;

/** What an event is about: its account, DEAR event type, and the identifiers DEAR's thin payload carries. */
public record EventKey(String accountCode, String eventType, String saleId, String saleTaskId,
                       String saleOrderNumber) {
}
