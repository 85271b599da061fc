package io.dearbridge.domain.receiving;

/** Which face of a DEAR stock task: quantities received, or the put-away to bins (Advanced purchases only). */
public enum DearTaskKind {
    STOCK_RECEIVED,
    PUT_AWAY
}
