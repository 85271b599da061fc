package io.dearbridge.domain.order;

/** Where an order stands for the warehouse. */
public enum OrderStatus {
    AWAITING_PICK, PICKING, PACKED, PARTIALLY_SHIPPED, SHIPPED,
    /**
     * Authorised in DEAR but not released for picking: the order status is {@code AUTH_NO_ALLOC} (no stock
     * allocated), which DEAR's pick refuses. Not offered for picking until DEAR authorises it fully.
     */
    WAITING,
    /**
     * The account ships only once paid ({@code release=on-payment}) and DEAR does not show the sale fully paid yet
     * ({@code CombinedPaymentStatus} PAID or PREPAID, or {@code Sale/FullPaymentReceived}). Not offered for picking.
     */
    WAITING_PAYMENT,
    /** Nothing on it is the warehouse's to pick: a Service Sale, or only drop-ship lines. Shown, not picked. */
    NOTHING_TO_PICK,
    /** Undone in DEAR: wait until it is authorised again; its lines may change. */
    ON_HOLD,
    /** Voided in DEAR: never ship it. */
    CANCELLED;

    public boolean warehouseWorkStarted() {
        return this == PICKING || this == PACKED || this == PARTIALLY_SHIPPED;
    }
}
