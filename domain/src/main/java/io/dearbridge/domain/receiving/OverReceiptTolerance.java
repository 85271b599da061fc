package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much more than ordered an account lets the warehouse receive of a SKU, as a percentage of the ordered quantity
 * ({@code dearbridge.account.<code>.receiving.over-tolerance}; 0, the default, allows none). DEAR itself accepts
 * over-receipts (docs/dear-api.md, PURCHASES.md §3.2), so this is the bridge's own guard against typing errors.
 */
public record OverReceiptTolerance(BigDecimal percent) {

    public static final OverReceiptTolerance NONE = new OverReceiptTolerance(BigDecimal.ZERO);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public OverReceiptTolerance {
        if (percent == null || percent.signum() < 0) {
            throw new IllegalArgumentException("an over-receipt tolerance is a percentage of 0 or more");
        }
    }

    /** @throws IllegalArgumentException for a value that is not a number of 0 or more */
    public static OverReceiptTolerance parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return new OverReceiptTolerance(new BigDecimal(value.strip().replace("%", "")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a percentage", e);
        }
    }

    /** The most that may be received in all of a SKU ordered {@code ordered} times (4 decimals, rounded down). */
    public BigDecimal limit(BigDecimal ordered) {
        return ordered.add(ordered.multiply(percent).divide(HUNDRED, 4, RoundingMode.DOWN));
    }
}
