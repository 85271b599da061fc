package io.dearbridge.domain.receiving;

import io.dearbridge.domain.order.StorableText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The warehouse's expected receipt of one DEAR purchase: what the order expects, what the warehouse received
 * (arrivals), what went back to the supplier (returns), and what DEAR shows of the purchase's stock. DEAR's facts
 * are refreshed by {@link #apply}; the status follows from them and the arrivals ({@link #settle}).
 */
@Entity
@Table(name = "receipt")
@NamedQuery(name = Receipt.BY_PURCHASE, query = "select r from Receipt r"
        + " where r.accountCode = :account and r.purchaseId = :purchaseId")
public class Receipt {

    public static final String BY_PURCHASE = "Receipt.byPurchase";

    /** Why a receipt is cancelled: the purchase was voided (final), or its order undone (a re-authorisation re-opens). */
    public static final String VOIDED = "voided in DEAR";
    public static final String UNDONE = "order undone in DEAR; re-opens when DEAR authorises it again";
    static final String SIMPLE_AUTHORISED = "DEAR authorised stock received on this Simple purchase; it takes no more";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_code", nullable = false, length = 64)
    private String accountCode;

    @Column(name = "purchase_id", nullable = false, length = 64)
    private String purchaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purchase_type", nullable = false, length = 20)
    private PurchaseType purchaseType;

    @Enumerated(EnumType.STRING)
    @Column(name = "approach", nullable = false, length = 20)
    private Approach approach;

    @Column(name = "order_number", length = 256)
    private String orderNumber;

    @Column(name = "supplier", length = 1024)
    private String supplier;

    @Column(name = "supplier_id", length = 64)
    private String supplierId;

    @Column(name = "required_by")
    private Instant requiredBy;

    @Column(name = "dear_location", length = 256)
    private String dearLocation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ReceiptStatus status;

    @Column(name = "status_reason", length = 1024)
    private String statusReason;

    @Column(name = "dear_status", length = 60)
    private String dearStatus;

    @Column(name = "order_status", length = 40)
    private String orderStatus;

    @Column(name = "invoice_status", length = 40)
    private String invoiceStatus;

    @Column(name = "combined_receiving_status", length = 40)
    private String combinedReceivingStatus;

    @Column(name = "dear_updated_raw", length = 40)
    private String dearUpdatedRaw;

    @Column(name = "dear_updated_at")
    private Instant dearUpdatedAt;

    @Column(name = "content_digest", length = 64)
    private String contentDigest;

    @Column(name = "note")
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "receipt_line", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "line_no")
    private List<ReceiptLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ReceiptArrival> arrivals = new ArrayList<>();

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<DearStockTask> dearTasks = new ArrayList<>();

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ReceiptReturn> returns = new ArrayList<>();

    protected Receipt() {
    }

    private Receipt(String accountCode, String purchaseId, Instant now) {
        this.accountCode = Objects.requireNonNull(accountCode, "accountCode");
        this.purchaseId = Objects.requireNonNull(purchaseId, "purchaseId");
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ReceiptStatus.EXPECTED;
    }

    /**
     * A receipt for a purchase {@link ReceivingScope} lets in (the caller checks: drop-ship and service-only purchases
     * never get here).
     */
    public static Receipt expect(String accountCode, PurchaseSnapshot p, Instant now) {
        if (ReceivingScope.judge(p, true) != ReceivingScope.Verdict.RECEIVE) {
            throw new IllegalArgumentException("Purchase " + p.id() + " is no receipt: "
                    + ReceivingScope.judge(p, true).reason());
        }
        Receipt r = new Receipt(accountCode, p.id(), now);
        r.apply(p, now);
        return r;
    }

    /**
     * Takes a fresh read of the purchase: DEAR's facts, the expected lines, DEAR's view of its stock, then the status.
     * Answers whether anything the warehouse sees changed (a read that only re-stamps LastUpdatedDate changes
     * nothing but the stored stamp; a read older than the last one applied changes nothing).
     */
    public boolean apply(PurchaseSnapshot p, Instant now) {
        if (!purchaseId.equals(p.id())) {
            throw new IllegalArgumentException("Purchase " + p.id() + " is not receipt " + id + "'s " + purchaseId);
        }
        if (dearUpdatedAt != null && p.lastUpdated() != null && p.lastUpdated().isBefore(dearUpdatedAt)) {
            return false; // an older read that lost a race with a newer one: stale, ignored
        }
        dearUpdatedRaw = StorableText.fit(p.lastUpdatedRaw(), 40);
        dearUpdatedAt = p.lastUpdated();
        String digest = digest(p);
        if (digest.equals(contentDigest)) {
            return settle(now);
        }
        contentDigest = digest;
        purchaseType = p.type();
        approach = p.approach();
        orderNumber = StorableText.fit(p.orderNumber(), 256);
        supplier = StorableText.fit(p.supplier(), 1024);
        supplierId = StorableText.fit(p.supplierId(), 64);
        requiredBy = p.requiredBy();
        dearLocation = StorableText.fit(p.location(), 256);
        dearStatus = StorableText.fit(p.status(), 60);
        orderStatus = StorableText.fit(p.orderStatus(), 40);
        invoiceStatus = StorableText.fit(p.invoiceStatus(), 40);
        combinedReceivingStatus = StorableText.fit(p.combinedReceivingStatus(), 40);
        note = StorableText.fit(p.note(), Integer.MAX_VALUE);
        if (p.orderAuthorised() && !p.lines().isEmpty()) {
            // An undone order comes back without lines or as a draft: keep what was expected until it is authorised.
            List<ReceiptLine> expected = expectedLines(p);
            if (!sameLines(expected)) {
                lines.clear();
                lines.addAll(expected);
            }
        }
        seeDearStock(p, now);
        settle(now);
        updatedAt = now;
        return true;
    }

    /**
     * DEAR's tasks as this read shows them, updated in place: a task seen before keeps its row. (Clearing and adding
     * anew would insert before the orphans are deleted at flush, against the unique (receipt, kind, task).)
     */
    private void seeDearStock(PurchaseSnapshot p, Instant now) {
        Map<String, PurchaseSnapshot.StockTask> seen = new LinkedHashMap<>();
        for (PurchaseSnapshot.StockTask task : p.tasks()) {
            seen.put(taskKey(task.kind(), StorableText.fit(task.taskId(), 64)), task);
        }
        dearTasks.removeIf(t -> !seen.containsKey(taskKey(t.kind(), t.taskId())));
        for (PurchaseSnapshot.StockTask task : seen.values()) {
            Optional<ReceiptArrival> ours = arrivals.stream()
                    .filter(a -> a.dearTaskId() != null && a.dearTaskId().equals(task.taskId())).findFirst();
            EnteredBy by = ours.isPresent() ? EnteredBy.BRIDGE : EnteredBy.DEAR_USER;
            Long arrival = ours.map(ReceiptArrival::id).orElse(null);
            String key = taskKey(task.kind(), StorableText.fit(task.taskId(), 64));
            Optional<DearStockTask> known = dearTasks.stream().filter(t -> taskKey(t.kind(), t.taskId()).equals(key))
                    .findFirst();
            if (known.isPresent()) {
                known.get().refresh(task, by, arrival, now);
            } else {
                dearTasks.add(new DearStockTask(this, task, by, arrival, now));
            }
        }
    }

    private static String taskKey(DearTaskKind kind, String taskId) {
        return kind + "/" + taskId;
    }

    private void attributeDearTasks() {
        for (DearStockTask t : dearTasks) {
            Optional<ReceiptArrival> ours = arrivals.stream()
                    .filter(a -> a.dearTaskId() != null && a.dearTaskId().equals(t.taskId())).findFirst();
            t.attribute(ours.isPresent() ? EnteredBy.BRIDGE : EnteredBy.DEAR_USER,
                    ours.map(ReceiptArrival::id).orElse(null));
        }
    }

    /** The warehouse received goods (lines checked by the caller). The receipt's status follows. */
    public ReceiptArrival addArrival(String reference, List<ReceiptArrivalLine> arrived, String by, Instant now) {
        requireOpen("record an arrival");
        ReceiptArrival arrival = new ReceiptArrival(this, reference, arrived, by, now);
        arrivals.add(arrival);
        settle(now);
        updatedAt = now;
        return arrival;
    }

    /** The warehouse sends goods back to the supplier (lines and CardIDs checked by the caller). */
    public ReceiptReturn addReturn(String reference, List<ReceiptReturnLine> returned, String by, Instant now) {
        if (status == ReceiptStatus.CANCELLED) {
            throw new IllegalStateException("Receipt " + id + " is CANCELLED; nothing can be returned from it.");
        }
        ReceiptReturn r = new ReceiptReturn(this, reference, returned, by, now);
        returns.add(r);
        updatedAt = now;
        return r;
    }

    /** No more will be received on this receipt (an operator, or the warehouse, says so). */
    public void close(String reason, Instant now) {
        requireOpen("close it");
        status = ReceiptStatus.CLOSED;
        statusReason = reason;
        updatedAt = now;
    }

    private void requireOpen(String what) {
        if (!status.open()) {
            throw new IllegalStateException("Receipt " + id + " is " + status + "; cannot " + what + ".");
        }
    }

    /**
     * The status from DEAR's facts and the arrivals: a voided purchase cancels for good; an undone order cancels
     * until DEAR authorises it again; a closed receipt stays closed; an arrival waiting for the invoice shows; else
     * the quantities decide. Answers whether the status changed.
     */
    public boolean settle(Instant now) {
        attributeDearTasks();
        ReceiptStatus before = status;
        String reason = null;
        ReceiptStatus next;
        if (dearStatus != null && dearStatus.contains("VOIDED")) {
            next = ReceiptStatus.CANCELLED;
            reason = VOIDED;
        } else if (!"AUTHORISED".equals(orderStatus)) {
            next = ReceiptStatus.CANCELLED;
            reason = UNDONE;
        } else if (status == ReceiptStatus.CLOSED) {
            next = ReceiptStatus.CLOSED;
            reason = statusReason;
        } else if (arrivals.stream().anyMatch(a -> a.status() == ReceiptArrivalStatus.WAITING_INVOICE)) {
            next = ReceiptStatus.WAITING_INVOICE;
            reason = "waiting for DEAR to show an authorised invoice (Invoice first)";
        } else {
            List<LineProgress> progress = progress();
            boolean all = progress.stream().allMatch(l -> l.remaining().signum() == 0);
            boolean any = progress.stream().anyMatch(l -> l.received().signum() > 0);
            if (all) {
                next = ReceiptStatus.RECEIVED;
            } else if (simpleStockAuthorised()) {
                next = ReceiptStatus.CLOSED;
                reason = SIMPLE_AUTHORISED;
            } else {
                next = any ? ReceiptStatus.PARTLY_RECEIVED : ReceiptStatus.EXPECTED;
            }
        }
        status = next;
        statusReason = reason;
        if (before != next) {
            updatedAt = now;
        }
        return before != next;
    }

    private boolean simpleStockAuthorised() {
        return purchaseType == PurchaseType.SIMPLE && dearTasks.stream()
                .anyMatch(t -> t.kind() == DearTaskKind.STOCK_RECEIVED && t.authorised());
    }

    /** Each expected line with what was received of it and what remains. */
    public List<LineProgress> progress() {
        List<Counted> received = receivedLines();
        List<LineProgress> out = new ArrayList<>();
        for (ReceiptLine line : lines) {
            BigDecimal got = BigDecimal.ZERO;
            for (Counted c : received) {
                if (c.matches(line)) {
                    got = got.add(c.quantity());
                }
            }
            BigDecimal remaining = line.quantity().subtract(got).max(BigDecimal.ZERO);
            out.add(new LineProgress(line.productId(), line.sku(), line.name(), line.quantity(), got, remaining));
        }
        return out;
    }

    /** Received per SKU (upper-cased), including SKUs the order does not expect. */
    public Map<String, BigDecimal> receivedBySku() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        receivedLines().forEach(c -> m.merge(key(c.sku()), c.quantity(), BigDecimal::add));
        return m;
    }

    /** Sent back to the supplier per SKU (upper-cased), returns not cancelled. */
    public Map<String, BigDecimal> returnedBySku() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        returns.stream().filter(r -> r.status().counts()).flatMap(r -> r.lines().stream())
                .forEach(l -> m.merge(key(l.sku()), l.quantity(), BigDecimal::add));
        return m;
    }

    /**
     * What counts as received: every arrival that counts, and the stock DEAR users entered themselves (authorised;
     * on an Advanced task its put-away face when authorised, else its receiving face, never both, since they mirror
     * each other). The bridge's own tasks are its arrivals, so they are never counted twice.
     */
    private List<Counted> receivedLines() {
        List<Counted> out = new ArrayList<>();
        for (ReceiptArrival a : arrivals) {
            if (a.status().counts()) {
                a.lines().forEach(l -> out.add(new Counted(l.productId(), l.sku(), l.quantity())));
            }
        }
        Map<String, DearStockTask> userStock = new LinkedHashMap<>();
        for (DearStockTask t : dearTasks) {
            if (t.enteredBy() == EnteredBy.DEAR_USER && t.authorised()) {
                userStock.merge(t.taskId(), t, (a, b) -> a.kind() == DearTaskKind.PUT_AWAY ? a : b);
            }
        }
        userStock.values().forEach(t -> t.lines().forEach(
                l -> out.add(new Counted(l.productId(), l.sku(), l.quantity()))));
        return out;
    }

    /** The DEAR tasks a user entered in DEAR (not the bridge), for the warehouse to see. */
    public List<DearStockTask> enteredInDear() {
        return dearTasks.stream().filter(t -> t.enteredBy() == EnteredBy.DEAR_USER).toList();
    }

    private record Counted(String productId, String sku, BigDecimal quantity) {
        boolean matches(ReceiptLine line) {
            if (productId != null && line.productId() != null) {
                return productId.equalsIgnoreCase(line.productId());
            }
            return key(sku).equals(key(line.sku()));
        }
    }

    /** DEAR's order lines summed by product (DEAR's lines have no IDs and may repeat a product). */
    static List<ReceiptLine> expectedLines(PurchaseSnapshot p) {
        Map<String, ReceiptLine> byProduct = new LinkedHashMap<>();
        for (PurchaseSnapshot.OrderedLine l : p.lines()) {
            String k = l.productId() != null && !l.productId().isBlank() ? l.productId() : key(l.sku());
            BigDecimal q = l.quantity() == null ? BigDecimal.ZERO : l.quantity();
            byProduct.merge(k, new ReceiptLine(StorableText.fit(l.productId(), 64), StorableText.fit(l.sku(), 100),
                            StorableText.fit(l.name(), 1024), q),
                    (a, b) -> new ReceiptLine(a.productId(), a.sku(), a.name(), a.quantity().add(b.quantity())));
        }
        return new ArrayList<>(byProduct.values());
    }

    private boolean sameLines(List<ReceiptLine> other) {
        if (other.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!lines.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** What the warehouse cares about in a read of the purchase; LastUpdatedDate is left out on purpose. */
    static String digest(PurchaseSnapshot p) {
        StringBuilder s = new StringBuilder();
        s.append(p.type()).append('|').append(p.approach()).append('|').append(p.orderNumber()).append('|')
                .append(p.supplier()).append('|').append(p.supplierId()).append('|').append(p.requiredBy())
                .append('|').append(p.location()).append('|').append(p.status()).append('|').append(p.orderStatus())
                .append('|').append(p.invoiceStatus()).append('|').append(p.combinedReceivingStatus()).append('|')
                .append(p.note()).append('\n');
        p.lines().forEach(l -> s.append(l.productId()).append('|').append(l.sku()).append('|').append(l.name())
                .append('|').append(plain(l.quantity())).append('\n'));
        p.tasks().forEach(t -> {
            s.append(t.taskId()).append('|').append(t.kind()).append('|').append(t.status()).append('\n');
            t.lines().forEach(l -> s.append(l.cardId()).append('|').append(l.productId()).append('|')
                    .append(l.sku()).append('|').append(plain(l.quantity())).append('|').append(l.location())
                    .append('|').append(l.locationId()).append('|').append(l.batchSn()).append('|')
                    .append(l.expiryDate()).append('|').append(l.receivedDate()).append('\n'));
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String plain(BigDecimal q) {
        return q == null ? "" : q.stripTrailingZeros().toPlainString();
    }

    static String key(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    public Long id() { return id; }
    public String accountCode() { return accountCode; }
    public String purchaseId() { return purchaseId; }
    public PurchaseType purchaseType() { return purchaseType; }
    public Approach approach() { return approach; }
    public String orderNumber() { return orderNumber; }
    public String supplier() { return supplier; }
    public String supplierId() { return supplierId; }
    public Instant requiredBy() { return requiredBy; }
    public String dearLocation() { return dearLocation; }
    public ReceiptStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public String dearStatus() { return dearStatus; }
    public String orderStatus() { return orderStatus; }
    public String invoiceStatus() { return invoiceStatus; }
    public String combinedReceivingStatus() { return combinedReceivingStatus; }
    public String dearUpdatedRaw() { return dearUpdatedRaw; }
    public Instant dearUpdatedAt() { return dearUpdatedAt; }
    public String note() { return note; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<ReceiptLine> lines() { return List.copyOf(lines); }
    public List<ReceiptArrival> arrivals() { return List.copyOf(arrivals); }
    public List<DearStockTask> dearTasks() { return List.copyOf(dearTasks); }
    public List<ReceiptReturn> returns() { return List.copyOf(returns); }

    /** DEAR shows an authorised (or paid) invoice: the Invoice-first gate is open. */
    public boolean invoiceAuthorised() {
        return "AUTHORISED".equals(invoiceStatus) || "PAID".equals(invoiceStatus);
    }
}
