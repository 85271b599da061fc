package io.dearbridge.simulator.fulfilment;

/** Stage status strings as DEAR spells them (docs/dear-api.md §3.4). Kept as strings: DEAR's values are free text. */
public final class StageStatus {

    public static final String NOT_AVAILABLE = "NOT AVAILABLE";
    public static final String DRAFT = "DRAFT";
    public static final String AUTHORISED = "AUTHORISED";
    public static final String PARTIALLY_AUTHORISED = "PARTIALLY AUTHORISED";
    public static final String VOIDED = "VOIDED";

    private StageStatus() {
    }

    public static boolean open(String status) {
        return NOT_AVAILABLE.equals(status) || DRAFT.equals(status);
    }

    public static boolean shipDone(String status) {
        return AUTHORISED.equals(status) || PARTIALLY_AUTHORISED.equals(status);
    }
}
