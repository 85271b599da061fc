package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.api.DearException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** One account's sales, in memory. */
public final class SaleStore {

    private final Map<String, Sale> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong orderNumbers = new AtomicLong(1000);
    private final AtomicLong creditNoteNumbers = new AtomicLong(300);

    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    public String nextOrderNumber() {
        return String.format("SO-%05d", orderNumbers.incrementAndGet());
    }

    private volatile boolean autoInvoice = true;

    public String nextCreditNoteNumber() {
        return String.format("CR-%05d", creditNoteNumbers.incrementAndGet());
    }

    /** The account's auto-invoice setting, taken by each sale as it is created (a merchant setting at the time). */
    public void autoInvoice(boolean on) {
        autoInvoice = on;
    }

    public void add(Sale sale) {
        sale.autoInvoice(autoInvoice);
        byId.put(sale.id().toLowerCase(), sale);
    }

    /** DEAR answers an unknown or missing ID with a 400 Error Model, not a 404 (404 means "no such endpoint"). */
    public Sale get(String id) {
        if (id == null || id.isBlank()) {
            throw DearException.badRequest("ID is required.");
        }
        Sale sale = byId.get(id.trim().toLowerCase());
        if (sale == null) {
            throw DearException.badRequest("Sale with ID " + id + " not found.");
        }
        return sale;
    }

    /** The sale owning a fulfilment task, for the stage endpoints that only receive a TaskID. */
    public Sale byTask(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("TaskID is required.");
        }
        for (Sale sale : byId.values()) {
            synchronized (sale) {
                if (sale.fulfilment(taskId.trim()).isPresent()) {
                    return sale;
                }
            }
        }
        throw DearException.badRequest("Task with TaskID " + taskId + " not found.");
    }

    /** Newest first, as DEAR's sale list shows them. */
    public List<Sale> newestFirst() {
        return byId.values().stream().sorted(Comparator.comparingLong(Sale::sequence).reversed()).toList();
    }

    public Collection<Sale> all() {
        return byId.values();
    }
}
