package io.dearbridge.reconcile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which listed purchases need a read, by comparing each row with what is stored; no DEAR call and no database
 * (docs/dear-api.md, purchases: the {@code UpdatedSince} pitfall). DEAR lists old purchases again whenever anything
 * touches them (payments), so a row's new {@code LastUpdatedDate} alone is only "maybe changed":
 * <ul>
 * <li>a purchase with a receipt still open is read when its stamp moved (a line edit moves nothing else);</li>
 * <li>one whose receipt is done (received, closed, cancelled) only when its {@code Status} moved (a void, an undo, a
 *     re-authorisation): a payment on it costs nothing;</li>
 * <li>one without a receipt is read when it is authorised and open; drop-ship, service-only, voided, completed or
 *     received ones are history, recorded with the row's content and skipped while that content stays the same;</li>
 * <li>never while an event for it waits, nor when one was settled after the row's change.</li>
 * </ul>
 */
public final class PurchaseChanges {

    /** The statuses of purchases still to receive, listed one per call (DEAR's Status filter takes one value). */
    public static final List<String> OPEN_STATUSES = List.of("ORDERED", "RECEIVING", "INVOICED", "PARTIALLY INVOICED");

    private static final Set<String> OPEN_RECEIPTS = Set.of("EXPECTED", "PARTLY_RECEIVED", "WAITING_INVOICE");

    /** A row judged history, with why. */
    public record Seen(ListedPurchase row, String reason) {
    }

    /** What a pass does with the listed purchases. */
    public record Sorted(List<ListedPurchase> queue, List<Seen> history) {
    }

    /** Where a pass got to in DEAR's (LastUpdatedDate, ID) order: ties on the date broken by the ID. */
    public record Cursor(Instant updated, String id) implements Comparable<Cursor> {
        private static final Comparator<Cursor> ORDER = Comparator.comparing(Cursor::updated)
                .thenComparing(Cursor::id);

        @Override
        public int compareTo(Cursor o) {
            return ORDER.compare(this, o);
        }
    }

    private PurchaseChanges() {
    }

    public static Sorted sort(List<ListedPurchase> rows, Map<String, KnownPurchase> known) {
        List<ListedPurchase> queue = new ArrayList<>();
        List<Seen> history = new ArrayList<>();
        for (ListedPurchase row : newestPerPurchase(rows)) {
            KnownPurchase k = known.get(row.id());
            if (k != null && k.eventWaiting()) {
                continue;
            }
            if (k != null && k.hasReceipt()) {
                if (sameStamp(row, k)) {
                    continue;
                }
                if (OPEN_RECEIPTS.contains(k.receiptStatus())
                        || !ListedPurchase.norm(row.status()).equals(ListedPurchase.norm(k.dearStatus()))) {
                    queue.add(row);
                }
                continue;
            }
            if (k != null && k.seenDigest() != null && k.seenDigest().equals(row.digest())) {
                continue;
            }
            if (k != null && k.lastSettledAt() != null && row.lastUpdated() != null
                    && !after(row.lastUpdated(), k.lastSettledAt())) {
                continue;
            }
            String why = historyReason(row);
            if (why != null) {
                history.add(new Seen(row, why));
            } else if (authorised(row)) {
                queue.add(row);
            }
        }
        return new Sorted(queue, history);
    }

    /** Why a purchase without a receipt is not warehouse work, or null when it may be. */
    static String historyReason(ListedPurchase row) {
        String status = ListedPurchase.norm(row.status());
        if (row.dropShip()) {
            return "drop-ship purchase";
        }
        if (row.serviceOnly() || ListedPurchase.norm(row.type()).contains("SERVICE")) {
            return "service-only purchase";
        }
        if (status.contains("VOIDED")) {
            return "voided in DEAR";
        }
        if (status.contains("COMPLETED") || status.startsWith("RECEIVED") || status.equals("CREDITED")
                || "FULLY RECEIVED".equals(ListedPurchase.norm(row.combinedReceivingStatus()))) {
            return "already " + status + " in DEAR";
        }
        return null;
    }

    /** The order stage is authorised (the row's OrderStatus, or an open Status when the row has none). */
    static boolean authorised(ListedPurchase row) {
        String order = ListedPurchase.norm(row.orderStatus());
        return order.isEmpty() ? OPEN_STATUSES.contains(ListedPurchase.norm(row.status())) : "AUTHORISED".equals(order);
    }

    /** DEAR's stamp as last read: the same string, or the same instant to the millisecond (PostgreSQL keeps six digits). */
    private static boolean sameStamp(ListedPurchase row, KnownPurchase k) {
        if (row.lastUpdatedRaw() != null && row.lastUpdatedRaw().equals(k.dearUpdatedRaw())) {
            return true;
        }
        return row.lastUpdated() != null && k.dearUpdatedAt() != null
                && row.lastUpdated().truncatedTo(ChronoUnit.MILLIS).equals(k.dearUpdatedAt().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The furthest (LastUpdatedDate, ID) among the rows. */
    public static Optional<Cursor> furthest(List<ListedPurchase> rows) {
        return rows.stream().filter(r -> r.lastUpdated() != null)
                .map(r -> new Cursor(r.lastUpdated(), r.id())).max(Cursor::compareTo);
    }

    /** A purchase changed while the list was paged (or listed by two calls) shows twice; its newest row stands. */
    static List<ListedPurchase> newestPerPurchase(List<ListedPurchase> rows) {
        Map<String, ListedPurchase> byId = new LinkedHashMap<>();
        for (ListedPurchase row : rows) {
            byId.merge(row.id(), row, (a, b) -> after(b.lastUpdated(), a.lastUpdated()) ? b : a);
        }
        return List.copyOf(byId.values());
    }

    private static boolean after(Instant a, Instant b) {
        if (a == null) {
            return false;
        }
        return b == null || a.truncatedTo(ChronoUnit.MILLIS).isAfter(b.truncatedTo(ChronoUnit.MILLIS));
    }

    static boolean same(String a, String b) {
        return Objects.equals(ListedPurchase.norm(a), ListedPurchase.norm(b));
    }
}
