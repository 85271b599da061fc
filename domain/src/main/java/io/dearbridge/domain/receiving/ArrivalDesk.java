package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an arrival the warehouse reports against its receipt before anything is stored: a refusal
 * ({@link ArrivalRejected}) changes nothing. A receipt that is cancelled or closed takes none (409); every SKU must be
 * on the receipt (400); and per SKU, what arrived before plus this arrival may not exceed what was ordered, plus the
 * account's {@link OverReceiptTolerance} (400).
 */
public final class ArrivalDesk {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    /**
     * The receipt as the desk needs it: {@code closedBecause} is null while it takes arrivals, else why not (e.g.
     * "CANCELLED"); {@code ordered} and {@code arrived} are per SKU as the receipt spells them (arrived: every earlier
     * arrival the bridge recorded, and what DEAR shows received by its own users).
     */
    public record Receipt(long id, String orderNumber, String closedBecause, Map<String, BigDecimal> ordered,
                          Map<String, BigDecimal> arrived) {
    }

    private final OverReceiptTolerance tolerance;

    public ArrivalDesk(OverReceiptTolerance tolerance) {
        this.tolerance = tolerance == null ? OverReceiptTolerance.NONE : tolerance;
    }

    /** The arrival's lines, each SKU spelt as on the receipt, in the order given. */
    public List<ArrivalRequest> arrival(Receipt receipt, List<ArrivalRequest> requests) {
        requireOpen(receipt, "receive on it");
        if (requests == null || requests.isEmpty()) {
            throw ArrivalRejected.invalid("lines are required: at least one received item.");
        }
        Map<String, String> spelling = spelling(receipt.ordered());
        List<ArrivalRequest> lines = new ArrayList<>();
        Map<String, BigDecimal> asked = new LinkedHashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            ArrivalRequest r = requests.get(i);
            String at = "lines[" + i + "]";
            if (r == null) {
                throw ArrivalRejected.invalid(at + " is empty.");
            }
            String sku = known(spelling, r.sku(), at, receipt);
            quantity(r.quantity(), at);
            if (r.location() == null || r.location().isBlank()) {
                throw ArrivalRejected.invalid(at + ".location is required: where the goods were put.");
            }
            lines.add(new ArrivalRequest(sku, r.quantity(), r.location().strip(), blankToNull(r.batch()), r.expiry()));
            asked.merge(sku, r.quantity(), BigDecimal::add);
        }
        for (Map.Entry<String, BigDecimal> e : asked.entrySet()) {
            BigDecimal ordered = receipt.ordered().get(e.getKey());
            BigDecimal before = quantityOf(receipt.arrived(), e.getKey());
            BigDecimal limit = tolerance.limit(ordered);
            if (before.add(e.getValue()).compareTo(limit) > 0) {
                throw ArrivalRejected.invalid("Over-receipt of " + e.getKey() + " on " + describe(receipt)
                        + ": ordered " + plain(ordered) + ", received before " + plain(before) + ", now "
                        + plain(e.getValue()) + "; at most " + plain(limit.subtract(before).max(BigDecimal.ZERO))
                        + " more may be received" + (tolerance.percent().signum() == 0 ? ""
                        : " (over-receipt tolerance " + plain(tolerance.percent()) + "%)") + ".");
            }
        }
        return lines;
    }

    static void requireOpen(Receipt receipt, String action) {
        if (receipt.closedBecause() != null) {
            throw ArrivalRejected.conflict(describe(receipt) + " is " + receipt.closedBecause() + "; cannot "
                    + action + ".");
        }
    }

    static String known(Map<String, String> spelling, String sku, String at, Receipt receipt) {
        if (sku == null || sku.isBlank()) {
            throw ArrivalRejected.invalid(at + ".sku is required.");
        }
        String spelt = spelling.get(key(sku));
        if (spelt == null) {
            throw ArrivalRejected.invalid(at + ": SKU " + sku.strip() + " is not on " + describe(receipt) + ".");
        }
        return spelt;
    }

    static void quantity(BigDecimal quantity, String at) {
        if (quantity == null) {
            throw ArrivalRejected.invalid(at + ".quantity is required.");
        }
        if (quantity.signum() <= 0) {
            throw ArrivalRejected.invalid(at + ".quantity must be greater than 0.");
        }
        if (quantity.stripTrailingZeros().scale() > 4) {
            throw ArrivalRejected.invalid(at + ".quantity allows at most 4 decimals.");
        }
        if (quantity.compareTo(MAX_QUANTITY) >= 0) {
            throw ArrivalRejected.invalid(at + ".quantity must be less than " + MAX_QUANTITY.toPlainString() + ".");
        }
    }

    static Map<String, String> spelling(Map<String, BigDecimal> bySku) {
        Map<String, String> m = new LinkedHashMap<>();
        bySku.keySet().forEach(sku -> m.put(key(sku), sku));
        return m;
    }

    static BigDecimal quantityOf(Map<String, BigDecimal> bySku, String sku) {
        return bySku.entrySet().stream().filter(e -> key(e.getKey()).equals(key(sku))).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** SKUs compare without case or surrounding blanks, as the rest of the bridge compares them. */
    static String key(String sku) {
        return sku.strip().toUpperCase(Locale.ROOT);
    }

    static String describe(Receipt receipt) {
        return "receipt " + receipt.id() + (receipt.orderNumber() == null ? "" : " (" + receipt.orderNumber() + ")");
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
