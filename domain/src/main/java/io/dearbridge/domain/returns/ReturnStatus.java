package io.dearbridge.domain.returns;

/** Where a return stands. */
public enum ReturnStatus {
    /** DEAR has a credit note; the warehouse waits for the goods. */
    EXPECTED,
    /** The warehouse has the goods; DEAR does not show the matching credit note (or restock) yet. */
    RECEIVED,
    /** DEAR shows the credit note for what the warehouse received. */
    CREDITED,
    /** The credit note was voided in DEAR before the goods came back. */
    CANCELLED
}
