package io.dearbridge.domain.receiving;

import java.util.Locale;

/** DEAR's {@code Approach} of a purchase: which comes first, the invoice or the stock. */
public enum Approach {
    /** Stock first: stock may be received before the supplier invoice. */
    STOCK,
    /** Invoice first: DEAR refuses stock received until the invoice is AUTHORISED (or PAID). */
    INVOICE;

    /** DEAR's value, compared case-insensitively; anything else (or none) is STOCK, DEAR's default approach. */
    public static Approach of(String dear) {
        return dear != null && dear.strip().toUpperCase(Locale.ROOT).startsWith("INVOICE") ? INVOICE : STOCK;
    }
}
