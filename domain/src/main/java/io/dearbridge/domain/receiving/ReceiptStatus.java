package io.dearbridge.domain.receiving;

/** Where an expected receipt stands, from the warehouse's point of view. */
public enum ReceiptStatus {
    /** DEAR's purchase order is authorised; nothing received yet. */
    EXPECTED,
    /** Some, not all, of what was ordered has been received (by the warehouse, or entered in DEAR by a user). */
    PARTLY_RECEIVED,
    /**
     * An arrival is recorded but the purchase is Invoice first and DEAR shows no authorised invoice: the arrival
     * waits, and is sent when the invoice is authorised. Not a failure.
     */
    WAITING_INVOICE,
    /** Everything ordered has been received. */
    RECEIVED,
    /** No more can be received, though not everything was (DEAR authorised a short Simple receipt, or it was closed). */
    CLOSED,
    /** DEAR voided the purchase, or undid its order (a new authorisation re-opens the receipt). */
    CANCELLED;

    /** Whether the warehouse may still record arrivals against a receipt in this state. */
    public boolean open() {
        return this == EXPECTED || this == PARTLY_RECEIVED || this == WAITING_INVOICE;
    }
}
