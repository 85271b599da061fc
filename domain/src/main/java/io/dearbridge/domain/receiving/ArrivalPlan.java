package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is still to be written to DEAR for one arrival, worked out from what DEAR shows now. Every attempt reads the
 * purchase first and plans from it, so a write whose answer was lost (a timeout, a 5xx, a lost lease) is found and
 * never sent twice: only lines DEAR does not show yet go out.
 *
 * <ul>
 *   <li>Simple purchase (one stock-received document, authorised once, PURCHASES.md §3.2): the missing lines as
 *   DRAFT, one POST per DEAR place (DEAR refuses two LocationIDs in one POST), then one authorise. Once DEAR shows the
 *   document AUTHORISED without this arrival's lines, the arrival cannot be written: a Simple purchase takes no second
 *   delivery, and the bridge never converts it to Advanced ({@link Step#BLOCKED}, for an operator).</li>
 *   <li>Advanced purchase (PURCHASES.md §3.3): the arrival's own receiving task (found again by its lines after an
 *   unknown outcome; a task of another arrival is never taken), its stock lines summed per SKU and batch in one POST,
 *   authorised, then its put-away to the bins, AUTHORISED.</li>
 *   <li>Invoice first without an authorised invoice: nothing is written, the arrival waits ({@link Step#WAIT_INVOICE}).</li>
 * </ul>
 *
 * @param taskId      the task written to (Advanced: null for a new one), or the task that holds the arrival when done
 * @param stockPosts  the stock-received POSTs still to send (Simple: one per DEAR place; Advanced: at most one)
 * @param authorise   whether the stock received is still to be authorised
 * @param putAway     Advanced: the put-away lines still to send (AUTHORISED)
 * @param why         for {@link Step#BLOCKED} and {@link Step#WAIT_INVOICE}, what an operator reads
 */
public record ArrivalPlan(Step step, boolean advanced, String taskId, List<List<ArrivalPlacement>> stockPosts,
                          boolean authorise, List<ArrivalPlacement> putAway, String why) {

    public enum Step {
        /** Something is still to be written. */
        SEND,
        /** DEAR shows the whole arrival. */
        DONE,
        /** DEAR would refuse it until the purchase's invoice is authorised. */
        WAIT_INVOICE,
        /** DEAR cannot take it without an operator (see {@code why}). */
        BLOCKED
    }

    /**
     * @param lines      the arrival, mapped to DEAR places
     * @param ownTask    the arrival's task if an earlier attempt learnt it (Advanced), else null
     * @param otherTasks tasks the receipt's other arrivals hold (never written to for this one)
     */
    public static ArrivalPlan of(ArrivalDearView dear, List<ArrivalPlacement> lines, String ownTask,
                                 Collection<String> otherTasks) {
        if (dear.voided()) {
            return blocked(dear, "DEAR shows the purchase VOIDED; nothing can be received on it");
        }
        List<ArrivalPlacement> merged = merge(lines);
        return dear.advanced() ? advanced(dear, merged, ownTask, otherTasks) : simple(dear, merged);
    }

    private static ArrivalPlan simple(ArrivalDearView dear, List<ArrivalPlacement> lines) {
        ArrivalDearTask task = dear.stockReceived().isEmpty() ? new ArrivalDearTask(null, "NOT AVAILABLE", List.of())
                : dear.stockReceived().get(0);
        List<ArrivalPlacement> missing = missing(lines, task.lines(), true);
        if (task.authorised()) {
            return missing.isEmpty() ? done(false, task.taskId())
                    : blocked(dear, "DEAR has already authorised this Simple purchase's stock received, and authorises"
                    + " it once (PURCHASES.md §3.2): a second delivery needs the purchase converted to Advanced by a"
                    + " DEAR user (the bridge never converts it). Convert it in DEAR and release this push, or receive"
                    + " the goods in DEAR and dismiss it");
        }
        if (task.voided()) {
            return blocked(dear, "DEAR shows this purchase's stock received VOIDED");
        }
        if (dear.invoiceGateClosed()) {
            return waitInvoice(false);
        }
        Map<String, List<ArrivalPlacement>> byPlace = new LinkedHashMap<>();
        missing.forEach(l -> byPlace.computeIfAbsent(l.placeKey(), k -> new ArrayList<>()).add(l));
        return new ArrivalPlan(Step.SEND, false, task.taskId(), List.copyOf(byPlace.values()), true, List.of(), null);
    }

    private static ArrivalPlan advanced(ArrivalDearView dear, List<ArrivalPlacement> lines, String ownTask,
                                        Collection<String> otherTasks) {
        List<ArrivalPlacement> stock = stockLines(lines);
        Optional<ArrivalDearTask> own = dear.stockReceived().stream()
                .filter(t -> ownTask != null ? t.sameTask(ownTask) : !taken(t, otherTasks) && !t.voided()
                        && t.lines().size() == stock.size() && missing(stock, t.lines(), false).isEmpty())
                .findFirst();
        if (own.isEmpty() && ownTask != null) {
            return blocked(dear, "DEAR no longer shows receiving task " + ownTask + " of this arrival");
        }
        if (own.isEmpty()) {
            if (dear.invoiceGateClosed()) {
                return waitInvoice(true);
            }
            String target = dear.stockReceived().stream()
                    .filter(t -> !taken(t, otherTasks) && t.lines().isEmpty() && !t.authorised() && !t.voided())
                    .map(ArrivalDearTask::taskId).filter(Objects::nonNull).findFirst().orElse(null);
            return new ArrivalPlan(Step.SEND, true, target, List.of(stock), true, lines, null);
        }
        ArrivalDearTask task = own.get();
        if (task.voided()) {
            return blocked(dear, "DEAR shows this arrival's receiving task " + task.taskId() + " VOIDED");
        }
        Optional<ArrivalDearTask> put = dear.putAway().stream().filter(p -> p.sameTask(task.taskId())).findFirst();
        List<ArrivalPlacement> toPut = missing(lines, put.map(ArrivalDearTask::lines).orElse(List.of()), true);
        boolean authorise = !task.authorised() && !"PARTIALLY RECEIVED".equals(task.status());
        if (toPut.isEmpty() && !authorise) {
            return done(true, task.taskId());
        }
        if (put.isPresent() && put.get().authorised() && !toPut.isEmpty()) {
            return blocked(dear, "DEAR shows the put-away of receiving task " + task.taskId() + " AUTHORISED without "
                    + describe(toPut) + " (DEAR has no undo for a put-away); place the stock in DEAR and dismiss this push");
        }
        if (dear.invoiceGateClosed()) {
            return waitInvoice(true);
        }
        return new ArrivalPlan(Step.SEND, true, task.taskId(), List.of(), authorise, toPut, null);
    }

    private static boolean taken(ArrivalDearTask task, Collection<String> otherTasks) {
        return otherTasks != null && otherTasks.stream().anyMatch(task::sameTask);
    }

    /** Stock lines of an Advanced arrival: no place (DEAR keeps none on them), summed per SKU, batch and expiry. */
    static List<ArrivalPlacement> stockLines(List<ArrivalPlacement> lines) {
        Map<String, ArrivalPlacement> m = new LinkedHashMap<>();
        for (ArrivalPlacement l : lines) {
            m.merge(key(l.sku()) + '|' + norm(l.batch()) + '|' + l.expiry(),
                    new ArrivalPlacement(l.sku(), l.quantity(), null, null, l.batch(), l.expiry()),
                    (a, b) -> new ArrivalPlacement(a.sku(), a.quantity().add(b.quantity()), null, null, a.batch(),
                            a.expiry()));
        }
        return List.copyOf(m.values());
    }

    /** Lines with the same SKU, place, batch and expiry are one line in DEAR (it merges them, or refuses a duplicate). */
    static List<ArrivalPlacement> merge(List<ArrivalPlacement> lines) {
        Map<String, ArrivalPlacement> m = new LinkedHashMap<>();
        for (ArrivalPlacement l : lines) {
            m.merge(key(l.sku()) + '|' + l.placeKey() + '|' + norm(l.batch()) + '|' + l.expiry(), l,
                    (a, b) -> new ArrivalPlacement(a.sku(), a.quantity().add(b.quantity()), a.placeName(), a.placeId(),
                            a.batch(), a.expiry()));
        }
        return List.copyOf(m.values());
    }

    /** Our lines DEAR does not show; each DEAR line stands for one of ours at most. */
    static List<ArrivalPlacement> missing(List<ArrivalPlacement> ours, List<ArrivalDearLine> inDear,
                                          boolean comparePlace) {
        List<ArrivalDearLine> left = new ArrayList<>(inDear);
        List<ArrivalPlacement> missing = new ArrayList<>();
        for (ArrivalPlacement l : ours) {
            Optional<ArrivalDearLine> match = left.stream().filter(d -> same(l, d, comparePlace)).findFirst();
            if (match.isPresent()) {
                left.remove(match.get());
            } else {
                missing.add(l);
            }
        }
        return missing;
    }

    private static boolean same(ArrivalPlacement ours, ArrivalDearLine dear, boolean comparePlace) {
        if (dear.sku() == null || !key(dear.sku()).equals(key(ours.sku()))
                || dear.quantity() == null || dear.quantity().compareTo(ours.quantity()) != 0
                || !norm(dear.batch()).equals(norm(ours.batch()))) {
            return false;
        }
        if (!comparePlace) {
            return true;
        }
        if (ours.placeId() != null && dear.locationId() != null) {
            return ours.placeId().equalsIgnoreCase(dear.locationId());
        }
        return norm(ours.placeName()).equals(norm(dear.location()));
    }

    private static ArrivalPlan done(boolean advanced, String taskId) {
        return new ArrivalPlan(Step.DONE, advanced, taskId, List.of(), false, List.of(), null);
    }

    private static ArrivalPlan waitInvoice(boolean advanced) {
        return new ArrivalPlan(Step.WAIT_INVOICE, advanced, null, List.of(), false, List.of(),
                "Invoice first: DEAR takes stock received only once the purchase's invoice is authorised; waiting for"
                        + " DEAR invoice");
    }

    private static ArrivalPlan blocked(ArrivalDearView dear, String why) {
        return new ArrivalPlan(Step.BLOCKED, dear.advanced(), null, List.of(), false, List.of(), why);
    }

    static String describe(List<ArrivalPlacement> lines) {
        return String.join(", ", lines.stream().map(l -> l.quantity().stripTrailingZeros().toPlainString() + " x "
                + l.sku() + (l.placeName() == null ? "" : " at " + l.placeName())).toList());
    }

    private static String key(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /** The total quantity of the plan's stock lines, for messages. */
    public BigDecimal stockQuantity() {
        return stockPosts.stream().flatMap(List::stream).map(ArrivalPlacement::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
