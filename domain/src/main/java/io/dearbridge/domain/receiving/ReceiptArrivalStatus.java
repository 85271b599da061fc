package io.dearbridge.domain.receiving;

/** How far one arrival has gone towards DEAR. */
public enum ReceiptArrivalStatus {
    /** Recorded by the warehouse; its push is queued. */
    RECORDED,
    /** Invoice-first purchase without an authorised invoice: waits, visibly, and is sent once DEAR shows one. */
    WAITING_INVOICE,
    /** Held for an operator (for example a second delivery on a Simple purchase, which the bridge never converts). */
    HELD,
    /** In DEAR as draft lines, not yet authorised. */
    SENT,
    /** DEAR shows it authorised (and, on an Advanced purchase, put away). */
    IN_DEAR,
    /** DEAR refused it; an operator decides. */
    FAILED,
    /** Withdrawn; counts for nothing. */
    CANCELLED;

    /** Whether the goods of this arrival count as received. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
