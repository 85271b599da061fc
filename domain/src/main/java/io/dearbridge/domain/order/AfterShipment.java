package io.dearbridge.domain.order;

/**
 * What DEAR did to an order after the warehouse shipped it (DEAR lets a sale be undone or voided at any point,
 * docs/dear-api.md §5). Shown to the warehouse and operators beside the status; null when nothing happened.
 */
public enum AfterShipment {
    /** Undone in DEAR after shipment: on hold, nothing for the warehouse to do until DEAR authorises it again. */
    UNDONE("undone after shipment"),
    /** Authorised again with the lines that were shipped: the recorded stages go to DEAR's new fulfilment. */
    RESHIPPED("re-authorised after shipment: shipment re-sent to DEAR"),
    /** Authorised again with other lines than were shipped: held for an operator, the difference on the order. */
    LINES_CHANGED("re-authorised after shipment with changed lines: held for an operator"),
    /** Voided in DEAR after the goods left: the stop flag is set; nothing is written to DEAR. */
    VOIDED("voided after shipment");

    private final String label;

    AfterShipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
