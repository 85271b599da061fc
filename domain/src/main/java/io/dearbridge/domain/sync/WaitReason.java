package io.dearbridge.domain.sync;

/**
 * Why work that has made no attempt yet is waiting: not a failure, so it is never listed among failed syncs, but
 * shown as waiting with its expected start (the item's next attempt time).
 */
public enum WaitReason {
    /** The account's DEAR call budget had no token for it yet. */
    DEAR_BUDGET,
    /** An earlier event of the same DEAR document is still to be processed. */
    EARLIER_EVENT,
    /**
     * DEAR would refuse the write until the purchase's invoice is AUTHORISED (an Invoice-first purchase's stock
     * received, any purchase credit note): the command waits for DEAR to show the invoice.
     */
    DEAR_INVOICE
}
