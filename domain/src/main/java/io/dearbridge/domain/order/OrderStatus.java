package io.dearbridge.domain.order;

/** Where an order stands for the warehouse. */
public enum OrderStatus {
    AWAITING_PICK, PICKING, PACKED, PARTIALLY_SHIPPED, SHIPPED,
    /** Undone in DEAR: wait until it is authorised again; its lines may change. */
    ON_HOLD,
    /** Voided in DEAR: never ship it. */
    CANCELLED;

    public boolean warehouseWorkStarted() {
        return this == PICKING || this == PACKED || this == PARTIALLY_SHIPPED;
    }
}
