package io.dearbridge.simulator.purchase;

/** The stage status strings of PURCHASES.md §4.2. */
public final class PurchaseStatuses {

    public static final String NOT_AVAILABLE = "NOT AVAILABLE";
    public static final String DRAFT = "DRAFT";
    public static final String AUTHORISED = "AUTHORISED";
    public static final String VOIDED = "VOIDED";
    public static final String PAID = "PAID";

    private PurchaseStatuses() {
    }

    /** An invoice that lets Invoice-first stock and credit notes through: AUTHORISED or PAID (§1.2, §6.2). */
    public static boolean invoiced(String status) {
        return AUTHORISED.equals(status) || PAID.equals(status);
    }

    /** What a stage POST may still change (§3.2, §3.3): DRAFT or NOT AVAILABLE. */
    public static boolean open(String status) {
        return DRAFT.equals(status) || NOT_AVAILABLE.equals(status);
    }
}
