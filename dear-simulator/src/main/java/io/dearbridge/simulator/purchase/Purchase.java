package io.dearbridge.simulator.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One purchase's mutable state. Every read and write happens while holding its monitor ({@code synchronized (p)}).
 * {@link #type()} is mutable: a DEAR user, or a write to an advanced endpoint, converts Simple to Advanced for good
 * (PURCHASES.md §1.1).
 */
public final class Purchase {

    public static final String SIMPLE = "Simple Purchase";
    public static final String ADVANCED = "Advanced Purchase";
    public static final String SERVICE = "Service Purchase";
    public static final String INVOICE_FIRST = "INVOICE";
    public static final String STOCK_FIRST = "STOCK";

    private final String id;
    private final String accountId;
    private final long sequence;
    private final String orderNumber;
    private final String supplier;
    private final String supplierId;
    private final String location;
    private final String locationId;
    private final String approach;
    private final LocalDate orderDate;
    private final LocalDate requiredBy;
    private final String dropShipTaskId;
    /** The advanced order stage's own TaskID (never the purchase ID), which Purchase/OrderAuthorised carries. */
    private final String orderTaskId;
    private String type;
    private String orderStatus = PurchaseStatuses.NOT_AVAILABLE;
    private boolean voided;
    private List<PurchaseLine> lines;
    private final List<PurchaseTask> tasks = new ArrayList<>();
    private final List<PurchaseCreditNote> creditNotes = new ArrayList<>();
    private String paymentStatus = "UNPAID";
    private Instant lastUpdated;
    private String note = "";

    public Purchase(String id, String accountId, long sequence, String orderNumber, String supplier, String location,
                    String locationId, String approach, String type, LocalDate orderDate, LocalDate requiredBy,
                    String dropShipTaskId, String orderTaskId, List<PurchaseLine> lines, Instant created) {
        this.id = id;
        this.accountId = accountId;
        this.sequence = sequence;
        this.orderNumber = orderNumber;
        this.supplier = supplier;
        this.supplierId = io.dearbridge.simulator.sale.Catalogue.stableId("supplier:" + supplier);
        this.location = location;
        this.locationId = locationId;
        this.approach = approach;
        this.type = type;
        this.orderDate = orderDate;
        this.requiredBy = requiredBy;
        this.dropShipTaskId = dropShipTaskId;
        this.orderTaskId = orderTaskId;
        this.lines = new ArrayList<>(lines);
        this.lastUpdated = created;
    }

    public String id() { return id; }
    public String accountId() { return accountId; }
    public long sequence() { return sequence; }
    public String orderNumber() { return orderNumber; }
    public String supplier() { return supplier; }
    public String supplierId() { return supplierId; }
    public String location() { return location; }
    public String locationId() { return locationId; }
    public String approach() { return approach; }
    public LocalDate orderDate() { return orderDate; }
    public LocalDate requiredBy() { return requiredBy; }
    public String dropShipTaskId() { return dropShipTaskId; }
    public String orderTaskId() { return orderTaskId; }
    public String type() { return type; }
    public String orderStatus() { return orderStatus; }
    public boolean voided() { return voided; }
    public List<PurchaseLine> lines() { return lines; }
    public List<PurchaseTask> tasks() { return tasks; }
    public List<PurchaseCreditNote> creditNotes() { return creditNotes; }
    public String paymentStatus() { return paymentStatus; }
    public Instant lastUpdated() { return lastUpdated; }
    public String note() { return note; }

    public boolean simple() { return SIMPLE.equals(type); }
    public boolean advanced() { return ADVANCED.equals(type); }
    public boolean service() { return SERVICE.equals(type); }
    public boolean dropShip() { return dropShipTaskId != null; }
    public boolean invoiceFirst() { return INVOICE_FIRST.equalsIgnoreCase(approach); }
    public boolean ordered() { return PurchaseStatuses.AUTHORISED.equals(orderStatus); }

    public void type(String t) { type = t; }
    public void orderStatus(String s) { orderStatus = s; }
    public void voided(boolean v) { voided = v; }
    public void paymentStatus(String s) { paymentStatus = s; }
    public void lines(List<PurchaseLine> newLines) { lines = new ArrayList<>(newLines); }

    /** LastUpdatedDate only moves forward, even when two changes land in the same millisecond. */
    public void touch(Instant now) {
        lastUpdated = now.isAfter(lastUpdated) ? now : lastUpdated.plusMillis(1);
    }

    /** A bulk re-stamp (payment processing): many purchases get one and the same LastUpdatedDate. Never back. */
    public void restamp(Instant at) {
        if (at.isAfter(lastUpdated)) {
            lastUpdated = at;
        }
    }

    public Optional<PurchaseTask> task(String taskId) {
        return taskId == null ? Optional.empty()
                : tasks.stream().filter(t -> t.taskId().equalsIgnoreCase(taskId.trim())).findFirst();
    }

    public Optional<PurchaseCreditNote> creditNote(String taskId) {
        return taskId == null ? Optional.empty()
                : creditNotes.stream().filter(c -> c.taskId().equalsIgnoreCase(taskId.trim())).findFirst();
    }

    /** The simple purchase's one I&R group (TaskID = purchase ID), created on first need. */
    public PurchaseTask simpleTask() {
        if (tasks.isEmpty()) {
            tasks.add(new PurchaseTask(id, 0));
        }
        return tasks.get(0);
    }

    public PurchaseTask addTask(String taskId) {
        PurchaseTask t = new PurchaseTask(taskId, tasks.size() + 1);
        tasks.add(t);
        return t;
    }

    public Map<String, BigDecimal> orderedBySku() {
        Map<String, BigDecimal> m = new HashMap<>();
        for (PurchaseLine l : lines) {
            m.merge(l.sku().toUpperCase(), l.quantity(), BigDecimal::add);
        }
        return m;
    }

    public Optional<PurchaseLine> line(String sku) {
        return lines.stream().filter(l -> l.sku().equalsIgnoreCase(sku)).findFirst();
    }

    /** Every received card that is in stock: authorised simple stock lines, or authorised advanced put-away lines. */
    public List<ReceivedLine> stockedCards() {
        List<ReceivedLine> cards = new ArrayList<>();
        for (PurchaseTask t : tasks) {
            if (simple() && t.stockAuthorised()) {
                cards.addAll(t.stockLines());
            } else if (!simple() && t.putAwayAuthorised()) {
                cards.addAll(t.putAwayLines());
            }
        }
        return cards;
    }

    public BigDecimal receivedTotal() {
        return stockedCards().stream().map(ReceivedLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal orderedTotal() {
        return lines.stream().map(PurchaseLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
