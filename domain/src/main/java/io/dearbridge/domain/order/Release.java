package io.dearbridge.domain.order;

/**
 * When an order is the warehouse's to pick: {@code onPayment} is the account's rule (ship only once paid), and
 * {@code fullPaymentReceived} says this import was caused by DEAR's word that the sale is paid in full.
 */
public record Release(boolean onPayment, boolean fullPaymentReceived) {

    /** Today's rule and the default: an authorised order is released at once. */
    public static final Release ON_AUTHORISE = new Release(false, false);
}
