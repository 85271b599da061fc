package io.dearbridge.domain.returns;

/** What happens to a returned item. */
public enum ItemCondition {
    /** Back into stock at the line's location: a {@code Restock} line in DEAR's credit note. */
    RESTOCK,
    /** Credited but not restocked. */
    WRITE_OFF
}
