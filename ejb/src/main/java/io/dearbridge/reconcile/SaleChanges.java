package io.dearbridge.reconcile;

import io.dearbridge.domain.order.SaleSnapshot;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which listed sales need an inbox event, by comparing each row with what is stored; no DEAR call and no
 * database. A sale is queued when
 * <ul>
 * <li>it has an order whose DEAR state is older than the row's {@code Updated}, or whose DEAR status differs
 *     (a void, undo, credit note or stage change made in DEAR);</li>
 * <li>it has no order, is authorised in DEAR, and no event for it was settled since the row's change (an
 *     import a webhook missed; sales for locations the account does not serve are settled as SKIPPED once).</li>
 * </ul>
 * Never while an event for the sale still waits: that event reads DEAR's current state anyway. An unknown authorised
 * sale dated before the horizon, or one DEAR already shipped or closed, is history, not warehouse work: DEAR lists old
 * sales again when a payment touches them or a bulk change re-stamps them. It is recorded as such, once, and after
 * that it is neither queued nor recorded again.
 */
public final class SaleChanges {

    /** Sale statuses past the warehouse (docs/dear-api.md §3.4). */
    private static final Set<String> DONE = Set.of("SHIPPED", "COMPLETED", "CLOSED", "CREDITED", "VOIDED", "FULFILLED");

    /** What a pass does with the listed sales: queue an event, or record the sale as history. */
    public record Sorted(List<ListedSale> queue, List<ListedSale> history) {
    }

    private SaleChanges() {
    }

    public static List<ListedSale> toQueue(List<ListedSale> rows, Map<String, KnownSale> known) {
        return sort(rows, known, null).queue();
    }

    /** @param horizonStart unknown sales dated before it are history; null to date none out */
    public static Sorted sort(List<ListedSale> rows, Map<String, KnownSale> known, Instant horizonStart) {
        List<ListedSale> queue = new ArrayList<>();
        List<ListedSale> history = new ArrayList<>();
        for (ListedSale row : newestPerSale(rows)) {
            KnownSale stored = known.get(row.saleId());
            if (stored != null && stored.history() && stored.orderModifiedAt() == null) {
                continue; // an order made since (a webhook imported it) is followed like any other
            }
            if (changed(row, stored)) {
                boolean unknown = stored == null || stored.orderModifiedAt() == null && stored.lastSettledAt() == null;
                (unknown && history(row, horizonStart) ? history : queue).add(row);
            }
        }
        return new Sorted(queue, history);
    }

    static boolean changed(ListedSale row, KnownSale known) {
        if (known != null && known.eventWaiting()) {
            return false;
        }
        if (known != null && known.orderModifiedAt() != null) {
            return after(row.updated(), known.orderModifiedAt())
                    || !equalsIgnoreCase(row.status(), known.orderDearStatus());
        }
        if (known != null && known.lastSettledAt() != null && !after(row.updated(), known.lastSettledAt())) {
            return false;
        }
        return SaleSnapshot.authorised(row.orderStatus()) && !SaleSnapshot.voided(row.status(), row.orderStatus());
    }

    /** Dated before the horizon, or already past the warehouse in DEAR. */
    static boolean history(ListedSale row, Instant horizonStart) {
        if (datedBefore(row, horizonStart)) {
            return true;
        }
        return done(row.status()) || done(row.orderStatus()) || done(row.fulfilmentStatus())
                || "SHIPPED".equalsIgnoreCase(row.shippingStatus());
    }

    /** Why a sale is history, for the record and the log. */
    static String reason(ListedSale row, Instant horizonStart) {
        if (datedBefore(row, horizonStart)) {
            return "dated " + row.orderDate() + ", before the reconciliation horizon " + horizonStart;
        }
        return "already " + (row.shippingStatus() != null && done(row.shippingStatus()) ? row.shippingStatus()
                : row.status()) + " in DEAR (" + row.orderStatus() + ", fulfilment " + row.fulfilmentStatus() + ")";
    }

    /** {@code OrderDate} is a day: a sale dated on the horizon's day is within it. */
    private static boolean datedBefore(ListedSale row, Instant horizonStart) {
        return horizonStart != null && row.orderDate() != null
                && row.orderDate().isBefore(horizonStart.truncatedTo(ChronoUnit.DAYS));
    }

    private static boolean done(String status) {
        return status != null && DONE.contains(status.trim().toUpperCase(Locale.ROOT));
    }

    /** The newest {@code Updated} among the rows, which the watermark may advance to once the pass completes. */
    public static Optional<Instant> newest(List<ListedSale> rows) {
        return rows.stream().map(ListedSale::updated).filter(u -> u != null).max(Instant::compareTo);
    }

    /** A sale changed while the list was paged shows twice; its newest row stands. */
    private static List<ListedSale> newestPerSale(List<ListedSale> rows) {
        Map<String, ListedSale> bySale = new LinkedHashMap<>();
        for (ListedSale row : rows) {
            bySale.merge(row.saleId(), row, (a, b) -> after(b.updated(), a.updated()) ? b : a);
        }
        return List.copyOf(bySale.values());
    }

    /**
     * Compared to the millisecond: DEAR sends up to seven fractional digits, PostgreSQL keeps six, so a finer
     * comparison would see every stored sale as changed.
     */
    private static boolean after(Instant a, Instant b) {
        if (a == null) {
            return false;
        }
        return b == null || a.truncatedTo(ChronoUnit.MILLIS).isAfter(b.truncatedTo(ChronoUnit.MILLIS));
    }

    private static boolean equalsIgnoreCase(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
