package io.dearbridge.domain.receiving;

/**
 * DEAR's two kinds of stock purchase (docs/dear-api.md, purchases §1). Told from the shape of the document just read,
 * never from a stored value: DEAR users convert Simple to Advanced at any time.
 */
public enum PurchaseType {
    /** One stock-received document, authorised once. */
    SIMPLE,
    /** Receiving and put-away as lists of tasks; each delivery can be its own task. */
    ADVANCED
}
