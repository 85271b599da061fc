package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.api.DearException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** One account's purchases, in memory. */
public final class PurchaseStore {

    private final Map<String, Purchase> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong orderNumbers = new AtomicLong(0);
    private final AtomicLong invoiceNumbers = new AtomicLong(4000);

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public String nextOrderNumber() {
        return String.format("PO-%05d", orderNumbers.incrementAndGet());
    }

    public String nextInvoiceNumber() {
        return String.format("SUP-INV-%05d", invoiceNumbers.incrementAndGet());
    }

    public void add(Purchase p) {
        byId.put(p.id().toLowerCase(), p);
    }

    public Optional<Purchase> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id.trim().toLowerCase()));
    }

    /** DEAR answers an unknown or missing ID with a 400 Error Model, as for sales. */
    public Purchase get(String id, String param) {
        if (id == null || id.isBlank()) {
            throw DearException.badRequest(param + " is required.");
        }
        return find(id).orElseThrow(() -> DearException.badRequest("Purchase with ID " + id.trim() + " not found."));
    }

    /** The purchase owning a task (I&R group, credit note or advanced order task), if any. */
    public Optional<Purchase> byTask(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        for (Purchase p : byId.values()) {
            synchronized (p) {
                if (p.task(taskId).isPresent() || p.creditNote(taskId).isPresent()
                        || taskId.trim().equalsIgnoreCase(p.orderTaskId())) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Ascending by PO number, oldest first, as DEAR's purchaseList sorts (PURCHASES.md §2.2). */
    public List<Purchase> oldestFirst() {
        return byId.values().stream().sorted(Comparator.comparingLong(Purchase::sequence)).toList();
    }

    public Collection<Purchase> all() {
        return byId.values();
    }
}
