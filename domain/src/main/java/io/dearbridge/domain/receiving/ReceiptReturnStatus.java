package io.dearbridge.domain.receiving;

/** How far a return to the supplier went towards its DEAR purchase credit note. */
public enum ReceiptReturnStatus {
    /** Recorded by the warehouse; its credit note is queued. */
    RECORDED,
    /** DEAR raises a purchase credit note only on an authorised invoice: waits for it. Not a failure. */
    WAITING_INVOICE,
    /** DEAR shows the credit note with its Unstock lines. */
    CREDITED,
    /** DEAR refused it; an operator decides. */
    FAILED,
    /** Withdrawn. */
    CANCELLED;

    /** Whether the goods of this return count as gone back to the supplier. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
