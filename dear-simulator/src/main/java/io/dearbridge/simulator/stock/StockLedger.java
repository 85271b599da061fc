package io.dearbridge.simulator.stock;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stock on hand per SKU, place and batch, for the SKUs a test gives stock to. Only those SKUs are checked: a pick
 * must come from a place and batch that holds enough, and a batch-tracked SKU needs its {@code BatchSN}
 * (docs/dear-api.md §4.3). An authorised pick takes the stock; voiding or undoing it puts it back. Every other SKU is
 * treated as plentiful wherever it is picked from, as long as the place exists.
 */
public final class StockLedger {

    /** A quantity of one SKU moving out of or back into one place and batch. */
    public record Move(String sku, String place, String batch, String expiry, BigDecimal quantity) {
    }

    private record Holding(String sku, Place place, String batch, String expiry, BigDecimal onHand) {
    }

    private final Map<String, Holding> holdings = new LinkedHashMap<>();

    private static String key(String sku, String placeName, String batch) {
        return sku.toUpperCase() + "|" + placeName.toLowerCase() + "|" + (batch == null ? "" : batch.trim());
    }

    public synchronized void set(String sku, Place place, String batch, String expiry, BigDecimal quantity) {
        String b = batch == null || batch.isBlank() ? null : batch.trim();
        holdings.put(key(sku, place.name(), b), new Holding(sku.toUpperCase(), place, b, expiry, quantity));
    }

    public synchronized void clear() {
        holdings.clear();
    }

    public synchronized boolean tracked(String sku) {
        return holdings.values().stream().anyMatch(h -> h.sku().equalsIgnoreCase(sku));
    }

    public synchronized boolean batchTracked(String sku) {
        return holdings.values().stream().anyMatch(h -> h.sku().equalsIgnoreCase(sku) && h.batch() != null);
    }

    /** Refuses moves of tracked SKUs that their place and batch cannot cover, without changing anything. */
    public synchronized void check(List<Move> moves) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        Map<String, Move> first = new HashMap<>();
        for (Move m : moves) {
            if (!tracked(m.sku())) {
                continue;
            }
            String batch = m.batch() == null || m.batch().isBlank() ? null : m.batch().trim();
            if (batchTracked(m.sku()) && batch == null) {
                throw DearException.badRequest("BatchSN is required for " + m.sku() + ", which is batch tracked.");
            }
            wanted.merge(key(m.sku(), m.place(), batch), m.quantity(), BigDecimal::add);
            first.putIfAbsent(key(m.sku(), m.place(), batch), m);
        }
        for (Map.Entry<String, BigDecimal> e : wanted.entrySet()) {
            Holding h = holdings.get(e.getKey());
            BigDecimal onHand = h == null ? BigDecimal.ZERO : h.onHand();
            if (e.getValue().compareTo(onHand) > 0) {
                Move m = first.get(e.getKey());
                throw DearException.badRequest("Not enough stock of " + m.sku() + " in '" + m.place() + "'"
                        + (m.batch() == null || m.batch().isBlank() ? "" : " batch " + m.batch().trim()) + ": "
                        + onHand.toPlainString() + " available, " + e.getValue().toPlainString() + " required.");
            }
        }
    }

    public synchronized void take(List<Move> moves) {
        check(moves);
        moves.stream().filter(m -> tracked(m.sku())).forEach(m -> adjust(m, m.quantity().negate()));
    }

    /**
     * Stock coming back into a place and batch (a restock, a stock adjustment): added to what is there, or held
     * there from now on when the SKU is tracked elsewhere. An untracked SKU stays plentiful.
     */
    public synchronized void receive(String sku, Place place, String batch, String expiry, BigDecimal quantity) {
        if (!tracked(sku)) {
            return;
        }
        String b = batch == null || batch.isBlank() ? null : batch.trim();
        Holding h = holdings.get(key(sku, place.name(), b));
        BigDecimal onHand = h == null ? BigDecimal.ZERO : h.onHand();
        holdings.put(key(sku, place.name(), b), new Holding(sku.toUpperCase(), place, b,
                h == null ? expiry : h.expiry(), onHand.add(quantity)));
    }

    public synchronized void putBack(List<Move> moves) {
        moves.stream().filter(m -> tracked(m.sku())).forEach(m -> adjust(m, m.quantity()));
    }

    /**
     * What DEAR's AUTOPICK would take of a tracked SKU from the sale's location (any of its bins), earliest expiry
     * first; empty when the SKU is not tracked.
     *
     * @throws DearException when the location holds too little
     */
    public synchronized List<Move> allocate(String sku, BigDecimal quantity, DearLocation location) {
        if (!tracked(sku)) {
            return List.of();
        }
        List<Holding> candidates = holdings.values().stream()
                .filter(h -> h.sku().equalsIgnoreCase(sku) && h.place().locationId().equalsIgnoreCase(location.id())
                        && h.onHand().signum() > 0)
                .sorted(Comparator.comparing((Holding h) -> h.expiry() == null ? "9999" : h.expiry())
                        .thenComparing(h -> h.place().name()))
                .toList();
        List<Move> moves = new ArrayList<>();
        BigDecimal left = quantity;
        for (Holding h : candidates) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal q = left.min(h.onHand());
            moves.add(new Move(sku, h.place().name(), h.batch(), h.expiry(), q));
            left = left.subtract(q);
        }
        if (left.signum() > 0) {
            throw DearException.badRequest("Not enough stock of " + sku + " in '" + location.name() + "' to autopick "
                    + quantity.toPlainString() + ".");
        }
        return moves;
    }

    public synchronized List<Map<String, Object>> toJson() {
        return holdings.values().stream().map(h -> {
            Map<String, Object> m = Json.object();
            m.put("sku", h.sku());
            m.put("location", h.place().name());
            m.put("locationId", h.place().locationId());
            m.put("batch", h.batch());
            m.put("expiry", h.expiry());
            m.put("onHand", h.onHand());
            return m;
        }).toList();
    }

    private void adjust(Move m, BigDecimal delta) {
        String batch = m.batch() == null || m.batch().isBlank() ? null : m.batch().trim();
        Holding h = holdings.get(key(m.sku(), m.place(), batch));
        if (h != null) {
            holdings.put(key(m.sku(), m.place(), batch), new Holding(h.sku(), h.place(), h.batch(), h.expiry(),
                    h.onHand().add(delta)));
        }
    }
}
