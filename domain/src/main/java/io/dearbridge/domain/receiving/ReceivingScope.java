package io.dearbridge.domain.receiving;

/**
 * Which DEAR purchases the warehouse receives: stock into a location it serves. Drop-ship purchases (the goods go
 * straight to the buyer) and service-only purchases (no stock) never become receipts, whatever else they show.
 */
public final class ReceivingScope {

    /** Why a purchase is or is not warehouse work. */
    public enum Verdict {
        RECEIVE(null),
        DROP_SHIP("drop-ship purchase: the goods never reach the warehouse"),
        SERVICE_ONLY("service-only purchase: no stock"),
        OTHER_LOCATION("for a location this warehouse does not serve"),
        NO_LINES("the order has no lines"),
        NOT_AUTHORISED("the order is not authorised"),
        VOIDED("voided in DEAR");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }

        /** Whether the purchase can never be warehouse work, however its order stage moves later. */
        public boolean never() {
            return this == DROP_SHIP || this == SERVICE_ONLY || this == OTHER_LOCATION || this == VOIDED;
        }
    }

    private ReceivingScope() {
    }

    /** Whether a purchase without a receipt should get one ({@code served}: the account serves its location). */
    public static Verdict judge(PurchaseSnapshot p, boolean served) {
        if (p.dropShip()) {
            return Verdict.DROP_SHIP;
        }
        if (p.serviceOnly()) {
            return Verdict.SERVICE_ONLY;
        }
        if (!served) {
            return Verdict.OTHER_LOCATION;
        }
        if (p.voided()) {
            return Verdict.VOIDED;
        }
        if (!p.orderAuthorised()) {
            return Verdict.NOT_AUTHORISED;
        }
        if (p.lines().isEmpty()) {
            return Verdict.NO_LINES;
        }
        return Verdict.RECEIVE;
    }
}
