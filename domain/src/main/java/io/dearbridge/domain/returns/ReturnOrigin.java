package io.dearbridge.domain.returns;

/** Who started the return. */
public enum ReturnOrigin {
    /** A credit note authorised in DEAR (customer service). */
    DEAR,
    /** Goods that turned up at the dock with no paperwork; the bridge raises the credit note. */
    DOCK
}
