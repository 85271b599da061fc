package io.dearbridge.domain.returns;

/** Where a return stands. */
public enum ReturnStatus {
    /** DEAR has a credit note; the warehouse waits for the goods. */
    EXPECTED,
    /** The warehouse has the goods; DEAR does not show the matching credit note (or restock) yet. */
    RECEIVED,
    /**
     * The warehouse has the goods, but the sale has no AUTHORISED or PAID invoice, which DEAR needs before a credit
     * note (docs/dear-api.md §6.1): the note is written when the invoice arrives. Not a failure.
     */
    WAITING_INVOICE,
    /**
     * The sale is a Simple Sale that already has a credit note, and DEAR keeps one (docs/dear-api.md §3.4): the
     * bridge writes nothing; an operator credits it in DEAR and marks it done in the console.
     */
    CREDIT_IN_DEAR,
    /** DEAR shows the credit note for what the warehouse received (or an operator marked it credited there). */
    CREDITED,
    /** The credit note was voided in DEAR before the goods came back. */
    CANCELLED;

    /** What the API and the console say about a return in this state, where more than its name is needed. */
    public String explanation() {
        return switch (this) {
            case WAITING_INVOICE -> "waiting for DEAR invoice";
            case CREDIT_IN_DEAR -> "DEAR allows one credit note on a Simple Sale: credit it in DEAR, then mark it"
                    + " done here";
            default -> null;
        };
    }
}
