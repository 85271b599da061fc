package io.dearbridge.reconcile;

import io.dearbridge.domain.order.SaleSnapshot;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which listed sales need an inbox event, by comparing each row with what is stored; no DEAR call and no
 * database. A sale is queued when
 * <ul>
 * <li>it has an order whose DEAR state is older than the row's {@code Updated}, or whose DEAR status differs
 *     (a void, undo, credit note or stage change made in DEAR);</li>
 * <li>it has no order, is authorised in DEAR, and no event for it was settled since the row's change (an
 *     import a webhook missed; sales for locations the account does not serve are settled as SKIPPED once).</li>
 * </ul>
 * Never while an event for the sale still waits: that event reads DEAR's current state anyway.
 */
public final class SaleChanges {

    private SaleChanges() {
    }

    public static List<ListedSale> toQueue(List<ListedSale> rows, Map<String, KnownSale> known) {
        List<ListedSale> queue = new ArrayList<>();
        for (ListedSale row : newestPerSale(rows)) {
            if (changed(row, known.get(row.saleId()))) {
                queue.add(row);
            }
        }
        return queue;
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
