package io.dearbridge.domain.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The batches an order's goods were picked from, as the warehouse (or DEAR's auto-pick) recorded them on its live
 * fulfilments. Goods that come back go back under the batch they left with: DEAR needs the {@code BatchSN} of a
 * batch-tracked product on every restock (docs/dear-api.md §6.2, §4.3).
 */
public final class PickedBatches {

    /** A quantity of one SKU under one batch (null batch: not batch-tracked). */
    public record Batch(String sku, String batch, LocalDate expiry, BigDecimal quantity) {
    }

    private final List<Batch> picked;

    public PickedBatches(List<Batch> picked) {
        this.picked = List.copyOf(picked);
    }

    public static PickedBatches none() {
        return new PickedBatches(List.of());
    }

    public static PickedBatches of(WarehouseOrder order) {
        List<Batch> picked = new ArrayList<>();
        for (Fulfilment f : order.liveFulfilments()) {
            f.record(Stage.PICK).ifPresent(r -> r.lines().stream()
                    .filter(l -> l.sku() != null && l.batch() != null && !l.batch().isBlank())
                    .forEach(l -> picked.add(new Batch(l.sku(), l.batch().strip(), l.expiry(), l.quantity()))));
        }
        return new PickedBatches(picked);
    }

    /** These batches for the SKUs they know, else {@code other}'s (e.g. the warehouse's records, then DEAR's picks). */
    public PickedBatches orElse(PickedBatches other) {
        List<Batch> merged = new ArrayList<>(picked);
        other.picked.stream().filter(b -> picked.stream().noneMatch(p -> p.sku().equalsIgnoreCase(b.sku())))
                .forEach(merged::add);
        return new PickedBatches(merged);
    }

    /**
     * {@code quantity} of {@code sku} split over the batches it was picked from, in pick order; beyond what was
     * picked under batches, the rest goes with the last one. One line without a batch when none was recorded.
     */
    public List<Batch> split(String sku, BigDecimal quantity) {
        List<Batch> mine = picked.stream().filter(b -> b.sku().equalsIgnoreCase(sku)).toList();
        if (mine.isEmpty()) {
            return List.of(new Batch(sku, null, null, quantity));
        }
        List<Batch> out = new ArrayList<>();
        BigDecimal left = quantity;
        for (int i = 0; i < mine.size() && left.signum() > 0; i++) {
            Batch b = mine.get(i);
            BigDecimal take = i == mine.size() - 1 ? left : left.min(b.quantity());
            if (take.signum() > 0) {
                out.add(new Batch(b.sku(), b.batch(), b.expiry(), take));
                left = left.subtract(take);
            }
        }
        return out;
    }
}
