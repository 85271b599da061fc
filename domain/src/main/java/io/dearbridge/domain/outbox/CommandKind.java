package io.dearbridge.domain.outbox;

import java.util.Arrays;

/**
 * What an outbox command asks DEAR to do. {@code code} is what the outbox row stores (and the API shows),
 * so rows written before this type existed read back unchanged.
 */
public enum CommandKind {
    ADD_FULFILMENT("DEAR_ADD_FULFILMENT", "new fulfilment"),
    PICK("DEAR_PICK", "pick"),
    PACK("DEAR_PACK", "pack"),
    SHIP("DEAR_SHIP", "ship"),
    TRACKING("DEAR_TRACKING", "tracking"),
    /** A dock return's credit note (returns). */
    CREDIT_NOTE("DEAR_CREDIT_NOTE", "credit note"),
    /** Restock added to a DEAR credit note that lacks it (returns). */
    RESTOCK("DEAR_RESTOCK", "restock"),
    /** A warehouse arrival on a purchase: stock received (and, on an Advanced purchase, put away) in DEAR (receiving). */
    STOCK_RECEIVED("DEAR_STOCK_RECEIVED", "stock received"),
    /** Goods sent back to the supplier: a purchase credit note with Unstock lines (receiving). */
    PURCHASE_CREDIT_NOTE("DEAR_PURCHASE_CREDIT_NOTE", "purchase credit note");

    private final String code;
    private final String label;

    CommandKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** For people: operators' lists and the order's timeline. */
    public String label() {
        return label;
    }

    public static CommandKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outbox command kind " + code));
    }
}
