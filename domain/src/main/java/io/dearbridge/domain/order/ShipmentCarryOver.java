package io.dearbridge.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An order the warehouse shipped, undone in DEAR and authorised again: DEAR dropped the shipped fulfilments and
 * created new ones (new TaskIDs), which ask for a pick of goods that have left. When DEAR's lines are what the
 * warehouse shipped, the warehouse's pick, pack and shipment are recorded again, same lines and tracking, on the
 * new fulfilment(s) for the outbox to send; otherwise the difference is described for an operator.
 */
final class ShipmentCarryOver {

    private final WarehouseOrder order;
    private final List<Fulfilment> shipped;

    ShipmentCarryOver(WarehouseOrder order) {
        this.order = order;
        this.shipped = order.fulfilments().stream().filter(Fulfilment::awaitsCarryOver)
                .sorted(Comparator.comparingInt(Fulfilment::number)).toList();
    }

    /** Empty when DEAR's pickable lines are exactly what the warehouse shipped; else both sides, in words. */
    Optional<String> difference() {
        Map<String, BigDecimal> sent = shippedTotals();
        Map<String, BigDecimal> asked = orderedTotals();
        if (!sent.isEmpty() && same(sent, asked)) {
            return Optional.empty();
        }
        return Optional.of("shipped before the undo: " + describe(sent) + "; DEAR now asks for: " + describe(asked));
    }

    /** Records pick, pack and shipment again on live fulfilments, in the order DEAR must receive them. */
    List<Recorded> carry(Instant now) {
        List<Recorded> recorded = new ArrayList<>();
        for (Fulfilment gone : shipped) {
            FulfilmentRecord pick = gone.record(Stage.PICK).orElseThrow();
            FulfilmentRecord pack = gone.record(Stage.PACK).orElseThrow();
            FulfilmentRecord ship = gone.record(Stage.SHIP).orElseThrow();
            Optional<Fulfilment> open = order.liveFulfilments().stream().filter(f -> !f.planned() && !f.pickTaken())
                    .min(Comparator.comparingInt(Fulfilment::number));
            Fulfilment target = open.orElseGet(order::planFulfilment);
            List<FulfilmentRecord> again = List.of(
                    // An auto-pick goes again as the lines DEAR chose then, so the pack and shipment still match it.
                    FulfilmentRecord.pick(target, copy(pick.lines()), false, pick.recordedBy(), now),
                    FulfilmentRecord.pack(target, copy(pack.lines()), pack.recordedBy(), now),
                    FulfilmentRecord.ship(target, FulfilmentDesk.currentTracking(ship), ship.boxes(),
                            ship.recordedBy(), now));
            again.forEach(target::add);
            gone.markCarriedOver();
            recorded.add(new Recorded(target, open.isEmpty(), again));
        }
        return recorded;
    }

    private static List<StageLine> copy(List<StageLine> lines) {
        return lines.stream().map(l -> l.inBox(l.box())).toList();
    }

    private Map<String, BigDecimal> shippedTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Fulfilment f : shipped) {
            if (f.record(Stage.PICK).isEmpty() || f.record(Stage.PACK).isEmpty()) {
                return Map.of(); // not the bridge's own stage-by-stage record: nothing to repeat
            }
            f.record(Stage.PICK).orElseThrow().lines()
                    .forEach(l -> totals.merge(l.sku(), l.quantity(), BigDecimal::add));
        }
        return totals;
    }

    private Map<String, BigDecimal> orderedTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        order.lines().stream().filter(OrderLine::pickable).forEach(l -> totals.merge(l.sku(),
                l.quantity().subtract(l.backorderedQuantity()), BigDecimal::add));
        totals.values().removeIf(q -> q.signum() <= 0);
        return totals;
    }

    private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.keySet().equals(b.keySet()) && a.entrySet().stream()
                .allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    private static String describe(Map<String, BigDecimal> totals) {
        return totals.isEmpty() ? "nothing" : totals.entrySet().stream()
                .map(e -> e.getValue().stripTrailingZeros().toPlainString() + " x " + e.getKey())
                .collect(Collectors.joining(", "));
    }
}
