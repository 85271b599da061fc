package io.dearbridge.domain.order;

import io.dearbridge.domain.order.TimelineEntry.Source;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The warehouse's copy of one DEAR sale. It only ever moves forward in DEAR's time: a snapshot older than
 * the one applied last (by {@code LastModifiedOn}) is ignored, so late or reordered events cannot undo
 * newer news. Its status derives from DEAR's state: voided sales are CANCELLED (flagged "stop" if the
 * warehouse had started on them), undone ones ON_HOLD, and authorised ones follow their fulfilments.
 */
@Entity
@Table(name = "warehouse_order")
@NamedQuery(name = WarehouseOrder.BY_SALE,
        query = "select o from WarehouseOrder o where o.accountCode = :account and o.saleId = :saleId")
public class WarehouseOrder {

    /** {@code warehouse_order.after_shipment_detail}'s length (V23): a longer difference is cut with the marker. */
    static final int DETAIL_LENGTH = 2000;

    public static final String BY_SALE = "WarehouseOrder.bySale";

    /** What applying a snapshot did. */
    public enum Applied { CREATED, UPDATED, UNCHANGED, STALE }

    @Id
    // Keys in blocks of 50 from a sequence (V29), so an import's inserts go to the database as JDBC batches.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warehouse_order_ids")
    @SequenceGenerator(name = "warehouse_order_ids", sequenceName = "warehouse_order_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_code", nullable = false, length = 64)
    private String accountCode;

    @Column(name = "sale_id", nullable = false, length = 64)
    private String saleId;

    @Column(name = "sale_order_number", length = 256)
    private String saleOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private OrderStatus status;

    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    @Column(name = "customer", length = 256)
    private String customer;

    @Column(name = "customer_reference", length = 256)
    private String customerReference;

    @Column(name = "location", length = 256)
    private String location;

    @Embedded
    private ShippingAddress shippingAddress;

    @Column(name = "shipping_notes", columnDefinition = "text")
    private String shippingNotes;

    @Column(name = "carrier", length = 256)
    private String carrier;

    @Column(name = "ship_by")
    private LocalDate shipBy;

    @Column(name = "phone", length = 256)
    private String phone;

    @Column(name = "email", length = 256)
    private String email;

    @Column(name = "dear_status", length = 40)
    private String dearStatus;

    @Column(name = "dear_order_status", length = 40)
    private String dearOrderStatus;

    @Column(name = "dear_type", length = 40)
    private String dearType;

    @Column(name = "tracking_numbers", columnDefinition = "text")
    private String trackingNumbers;

    @Column(name = "release_on_payment", nullable = false)
    private boolean releaseOnPayment;

    @Column(name = "payment_status", length = 40)
    private String paymentStatus;

    /** When the bridge first saw the sale fully paid; an order released by payment stays released. */
    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "dear_modified_at", nullable = false)
    private Instant dearModifiedAt;

    @Column(name = "stage_since")
    private Instant stageSince;

    @Column(name = "stuck_since")
    private Instant stuckSince;

    @Column(name = "stuck_reason", length = 500)
    private String stuckReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "after_shipment", length = 30)
    private AfterShipment afterShipment;

    @Column(name = "after_shipment_detail", length = DETAIL_LENGTH)
    private String afterShipmentDetail;

    /** Stages recorded again by the last {@link #apply}, for the outbox; not stored (the records are). */
    @Transient
    private List<Recorded> carriedOver = List.of();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Fulfilment> fulfilments = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<TimelineEntry> timeline = new ArrayList<>();

    protected WarehouseOrder() {
    }

    /** A new order from the first snapshot the bridge sees of a sale. */
    public static WarehouseOrder importSale(String accountCode, SaleSnapshot dear, String cause, Instant now) {
        return importSale(accountCode, dear, cause, now, Release.ON_AUTHORISE);
    }

    /** A new order, released to the warehouse as the account's rule says. */
    public static WarehouseOrder importSale(String accountCode, SaleSnapshot dear, String cause, Instant now,
                                            Release release) {
        SaleSnapshot snapshot = StorableText.fit(dear);
        WarehouseOrder order = new WarehouseOrder();
        order.accountCode = Objects.requireNonNull(accountCode, "accountCode");
        order.saleId = Objects.requireNonNull(snapshot.saleId(), "saleId");
        order.createdAt = now;
        order.status = OrderStatus.AWAITING_PICK;
        order.copyHeader(snapshot);
        order.notePayment(snapshot, release, now);
        order.replaceLines(snapshot.lines());
        order.syncFulfilments(snapshot, now);
        order.status = order.deriveStatus();
        order.stageSince = now;
        order.updatedAt = now;
        order.note(now, "Imported from DEAR (" + cause + "): " + describe(order.status), Source.DEAR);
        return order;
    }

    /** Applies a later snapshot of the same sale; a stale one changes nothing. */
    public Applied apply(SaleSnapshot dear, String cause, Instant now) {
        return apply(dear, cause, now, new Release(releaseOnPayment, false));
    }

    /** Applies a later snapshot under the account's release rule as it stands now. */
    public Applied apply(SaleSnapshot dear, String cause, Instant now, Release release) {
        SaleSnapshot snapshot = StorableText.fit(dear);
        if (!saleId.equals(snapshot.saleId())) {
            throw new IllegalArgumentException("Snapshot of sale " + snapshot.saleId() + " applied to order " + id);
        }
        if (snapshot.lastModifiedOn() != null && snapshot.lastModifiedOn().isBefore(dearModifiedAt)) {
            return Applied.STALE;
        }
        List<String> changes = new ArrayList<>();
        if (!sameLines(snapshot.lines())) {
            replaceLines(snapshot.lines());
            changes.add("Lines changed in DEAR (" + lines.size() + " line(s))");
        } else {
            changes.addAll(updateBackorders(snapshot.lines()));
        }
        changes.addAll(syncFulfilments(snapshot, now));
        copyHeader(snapshot);
        if (notePayment(snapshot, release, now) && releaseOnPayment) {
            changes.add("Paid in full in DEAR (" + (snapshot.details().fullyPaid() ? paymentStatus : cause) + ")");
        }
        carriedOver = List.of();
        if (awaitsReauthorisation() && SaleSnapshot.releasedForPicking(dearOrderStatus)
                && !SaleSnapshot.voided(dearStatus, dearOrderStatus)) {
            reauthorisedAfterShipment(now).ifPresent(changes::add);
        }
        OrderStatus next = deriveStatus();
        if (next != status) {
            List<String> afterShipped = afterShipment(next);
            changes.addAll(afterShipped);
            if (next == OrderStatus.CANCELLED && status.warehouseWorkStarted() && afterShipped.isEmpty()) {
                stopRequested = true;
                changes.add("Voided in DEAR while the warehouse was working on it: STOP");
            }
            changes.add(transitionMessage(status, next));
            enterStage(next, now);
        }
        if (changes.isEmpty()) {
            return Applied.UNCHANGED;
        }
        updatedAt = now;
        changes.forEach(change -> note(now, change + " (" + cause + ")", Source.DEAR));
        return Applied.UPDATED;
    }

    /** Undone after shipment, or held because DEAR's lines differ from what was shipped. */
    private boolean awaitsReauthorisation() {
        return afterShipment == AfterShipment.UNDONE || afterShipment == AfterShipment.LINES_CHANGED;
    }

    /**
     * DEAR authorised again an order the warehouse had shipped: the shipment goes again to DEAR's new fulfilment
     * when the lines are what was shipped, else the order is held for an operator with the difference. Empty when
     * the order is already held for that same difference (a later import of the held sale adds no timeline line).
     */
    private Optional<String> reauthorisedAfterShipment(Instant now) {
        ShipmentCarryOver carry = new ShipmentCarryOver(this);
        Optional<String> difference = carry.difference().map(d -> StorableText.fit(d, DETAIL_LENGTH));
        if (difference.isPresent()) {
            if (afterShipment == AfterShipment.LINES_CHANGED && difference.get().equals(afterShipmentDetail)) {
                return Optional.empty();
            }
            afterShipment = AfterShipment.LINES_CHANGED;
            afterShipmentDetail = difference.get();
            return Optional.of("Authorised again in DEAR after shipment, but the lines differ (" + difference.get()
                    + "): held for an operator, nothing to pick");
        }
        carriedOver = carry.carry(now);
        afterShipment = AfterShipment.RESHIPPED;
        afterShipmentDetail = StorableText.fit(carriedOver.stream().map(r -> "fulfilment " + r.fulfilment().number()
                + (r.fulfilment().planned() ? " (to be created)" : " (TaskID " + r.fulfilment().taskId() + ")"))
                .collect(Collectors.joining(", ", "pick, pack and shipment re-sent to ", "")), DETAIL_LENGTH);
        return Optional.of("Authorised again in DEAR after shipment with the shipped lines: the warehouse's "
                + afterShipmentDetail + "; nothing to pick");
    }

    /** What a status change means for an order that had left the warehouse. */
    private List<String> afterShipment(OrderStatus next) {
        boolean shippedBefore = status == OrderStatus.SHIPPED || status == OrderStatus.PARTIALLY_SHIPPED
                || (status == OrderStatus.ON_HOLD && afterShipment != null && afterShipment != AfterShipment.VOIDED);
        if (!shippedBefore) {
            return List.of();
        }
        if (next == OrderStatus.CANCELLED) {
            afterShipment = AfterShipment.VOIDED;
            afterShipmentDetail = "voided in DEAR after the goods left; nothing was written to DEAR";
            stopRequested = true;
            return List.of("Voided in DEAR after shipment: STOP (the goods have left; nothing is written to DEAR)");
        }
        if (next == OrderStatus.ON_HOLD && afterShipment != AfterShipment.LINES_CHANGED) {
            afterShipment = AfterShipment.UNDONE;
            afterShipmentDetail = "undone in DEAR after shipment; the shipment goes to DEAR again if it is"
                    + " authorised again with the same lines";
            return List.of("Undone in DEAR after shipment: nothing for the warehouse to do");
        }
        return List.of();
    }

    /** The stages the last snapshot recorded again on DEAR's new fulfilments (see {@link ShipmentCarryOver}). */
    public List<Recorded> carriedOver() {
        return carriedOver;
    }

    /**
     * DEAR answered one of the bridge's own stage writes: the order moves on without waiting for the
     * echo. Only forward moves of an authorised order happen here; cancellations come from DEAR's sale.
     */
    public void refreshStatus(Instant now) {
        OrderStatus next = deriveStatus();
        if (next != status && status != OrderStatus.CANCELLED && status != OrderStatus.ON_HOLD) {
            enterStage(next, now);
            updatedAt = now;
        }
    }

    /**
     * Takes the account's rule, and the first sight of the sale fully paid; answers whether that was now. Once paid,
     * an order stays released: a later refund is DEAR's business, and the warehouse may be picking already.
     */
    private boolean notePayment(SaleSnapshot snapshot, Release release, Instant now) {
        releaseOnPayment = release.onPayment();
        paymentStatus = snapshot.details().paymentStatus();
        if (paidAt == null && (snapshot.details().fullyPaid() || release.fullPaymentReceived())) {
            paidAt = now;
            return true;
        }
        return false;
    }

    /**
     * From DEAR's stored statuses (set from the last snapshot) and the live fulfilments' stages: a fulfilment DEAR
     * voided or dropped neither keeps the order from SHIPPED nor counts as progress.
     */
    private OrderStatus deriveStatus() {
        if (SaleSnapshot.voided(dearStatus, dearOrderStatus)) {
            return OrderStatus.CANCELLED;
        }
        if (!SaleSnapshot.authorised(dearOrderStatus) || afterShipment == AfterShipment.LINES_CHANGED) {
            return OrderStatus.ON_HOLD;
        }
        if (afterShipment == AfterShipment.RESHIPPED) {
            return OrderStatus.SHIPPED; // the goods left; DEAR hears of it again through the outbox
        }
        List<Fulfilment> live = liveFulfilments();
        if (!SaleSnapshot.releasedForPicking(dearOrderStatus) && live.stream().noneMatch(Fulfilment::pickStarted)) {
            return OrderStatus.WAITING;
        }
        if (lines.stream().noneMatch(OrderLine::pickable)) {
            return OrderStatus.NOTHING_TO_PICK;
        }
        if (releaseOnPayment && paidAt == null && live.stream().noneMatch(Fulfilment::stageStarted)) {
            return OrderStatus.WAITING_PAYMENT;
        }
        if (!live.isEmpty() && live.stream().allMatch(Fulfilment::shipped) && totalBackordered().signum() == 0) {
            return OrderStatus.SHIPPED;
        }
        if (live.stream().anyMatch(f -> f.shipped() || f.partiallyShipped())) {
            return OrderStatus.PARTIALLY_SHIPPED;
        }
        if (live.stream().anyMatch(Fulfilment::packed)) {
            return OrderStatus.PACKED;
        }
        if (live.stream().anyMatch(Fulfilment::pickStarted)) {
            return OrderStatus.PICKING;
        }
        return OrderStatus.AWAITING_PICK;
    }

    /** The fulfilments DEAR still has (and the ones the warehouse planned that DEAR is yet to create). */
    public List<Fulfilment> liveFulfilments() {
        return fulfilments.stream().filter(Fulfilment::live).toList();
    }

    /** A Service Sale: DEAR offers no fulfilment for it (docs/dear-api.md §3.4), so nothing on it is picked. */
    public boolean serviceOnly() {
        return SaleSnapshot.SERVICE_SALE.equalsIgnoreCase(dearType);
    }

    /** DEAR lets the warehouse pick now: authorised with stock allocated, and something on it to pick. */
    public boolean releasedForPicking() {
        return SaleSnapshot.releasedForPicking(dearOrderStatus) && lines.stream().anyMatch(OrderLine::pickable);
    }

    private BigDecimal totalBackordered() {
        return lines.stream().map(OrderLine::backorderedQuantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String transitionMessage(OrderStatus from, OrderStatus to) {
        return switch (to) {
            case CANCELLED -> "Voided in DEAR: order cancelled";
            case ON_HOLD -> "Undone in DEAR: on hold until authorised again";
            case WAITING -> "Authorised in DEAR without stock allocation: waiting, not to be picked yet";
            case WAITING_PAYMENT -> "Waiting for payment: the account ships only once DEAR shows the sale paid in full";
            default -> from == OrderStatus.ON_HOLD ? "Authorised again in DEAR: " + describe(to)
                    : "Now " + describe(to);
        };
    }

    private static String describe(OrderStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    private void copyHeader(SaleSnapshot snapshot) {
        saleOrderNumber = snapshot.saleOrderNumber();
        customer = snapshot.customer();
        customerReference = snapshot.customerReference();
        location = snapshot.location();
        shippingAddress = ShippingAddress.of(snapshot.shippingAddress());
        shippingNotes = snapshot.shippingNotes();
        carrier = snapshot.carrier();
        shipBy = snapshot.details().shipBy();
        phone = snapshot.details().phone();
        email = snapshot.details().email();
        dearStatus = snapshot.saleStatus();
        dearOrderStatus = snapshot.orderStatus();
        dearType = snapshot.saleType();
        trackingNumbers = snapshot.trackingNumbers() == null || snapshot.trackingNumbers().isBlank()
                ? null : snapshot.trackingNumbers();
        if (snapshot.lastModifiedOn() != null) {
            dearModifiedAt = snapshot.lastModifiedOn();
        } else if (dearModifiedAt == null) {
            dearModifiedAt = Instant.EPOCH;
        }
    }

    private boolean sameLines(List<SaleSnapshot.Line> incoming) {
        if (incoming.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < incoming.size(); i++) {
            if (!lines.get(i).sameAs(incoming.get(i))) {
                return false;
            }
        }
        return true;
    }

    private void replaceLines(List<SaleSnapshot.Line> incoming) {
        lines.clear();
        for (int i = 0; i < incoming.size(); i++) {
            lines.add(new OrderLine(this, i + 1, incoming.get(i)));
        }
    }

    private List<String> updateBackorders(List<SaleSnapshot.Line> incoming) {
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            OrderLine line = lines.get(i);
            if (line.backordered(incoming.get(i).backorderQuantity())) {
                changes.add("Backordered " + line.backorderedQuantity().stripTrailingZeros().toPlainString()
                        + " of " + line.sku());
            }
        }
        return changes;
    }

    private List<String> syncFulfilments(SaleSnapshot snapshot, Instant now) {
        List<String> changes = new ArrayList<>();
        for (SaleSnapshot.Fulfilment dear : snapshot.fulfilments()) {
            Fulfilment fulfilment = fulfilment(dear.taskId()).orElseGet(() -> {
                Fulfilment created = new Fulfilment(this, dear.taskId(), dear.number());
                fulfilments.add(created);
                if (id != null) {
                    changes.add("Fulfilment " + dear.number() + " added in DEAR");
                }
                return created;
            });
            changes.addAll(fulfilment.update(dear));
        }
        // A listing of an authorised order is complete: a fulfilment missing from it is gone from DEAR.
        if (snapshot.authorised()) {
            for (Fulfilment known : List.copyOf(fulfilments)) {
                boolean listed = snapshot.fulfilments().stream().anyMatch(d -> d.taskId().equals(known.taskId()));
                if (!listed) {
                    changes.addAll(known.vanished());
                }
            }
        }
        return changes;
    }

    public Optional<Fulfilment> fulfilment(String taskId) {
        return fulfilments.stream().filter(f -> f.taskId().equals(taskId)).findFirst();
    }

    public void note(Instant at, String what, Source source) {
        timeline.add(new TimelineEntry(this, at, what, source));
    }

    /** The warehouse starts a further consignment; DEAR creates its fulfilment when the outbox sends it. */
    public Fulfilment planFulfilment() {
        int next = fulfilments.stream().mapToInt(Fulfilment::number).max().orElse(0) + 1;
        Fulfilment planned = Fulfilment.planned(this, next);
        fulfilments.add(planned);
        return planned;
    }

    /** A new stage starts its clock afresh, and an order that moves on is no longer stuck. */
    private void enterStage(OrderStatus next, Instant now) {
        status = next;
        stageSince = now;
        stuckSince = null;
        stuckReason = null;
    }

    /**
     * Flags an order that has waited too long (see {@link StuckRule}); the flag stays until its stage changes.
     * Answers whether the flag is new, which is also when the timeline hears of it.
     */
    public boolean flagStuck(Instant now, String reason) {
        if (stuckSince != null) {
            return false;
        }
        stuckSince = now;
        stuckReason = reason;
        updatedAt = now;
        note(now, "Flagged stuck: " + reason, Source.BRIDGE);
        return true;
    }

    /** Flags the order for the warehouse, e.g. because the bridge held its pushes to DEAR. */
    public void requestStop(Instant now, String why) {
        stopRequested = true;
        updatedAt = now;
        note(now, why, Source.BRIDGE);
    }

    public Long id() { return id; }
    public String accountCode() { return accountCode; }
    public String saleId() { return saleId; }
    public String saleOrderNumber() { return saleOrderNumber; }
    public OrderStatus status() { return status; }
    public boolean stopRequested() { return stopRequested; }
    public String customer() { return customer; }
    public String customerReference() { return customerReference; }
    public String location() { return location; }
    public ShippingAddress shippingAddress() { return shippingAddress; }
    public String shippingNotes() { return shippingNotes; }
    public String carrier() { return carrier; }
    public LocalDate shipBy() { return shipBy; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String dearStatus() { return dearStatus; }
    public String dearOrderStatus() { return dearOrderStatus; }
    public String dearType() { return dearType; }
    public String trackingNumbers() { return trackingNumbers; }
    public Instant dearModifiedAt() { return dearModifiedAt; }
    public boolean releaseOnPayment() { return releaseOnPayment; }
    /** DEAR's {@code CombinedPaymentStatus} at the last import. */
    public String paymentStatus() { return paymentStatus; }
    public Instant paidAt() { return paidAt; }
    public Instant createdAt() { return createdAt; }
    /** Since when the order is in its status; null for orders imported before stages were timed. */
    public Instant stageSince() { return stageSince; }
    public Instant stuckSince() { return stuckSince; }
    public String stuckReason() { return stuckReason; }
    public AfterShipment afterShipment() { return afterShipment; }
    public String afterShipmentDetail() { return afterShipmentDetail; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<OrderLine> lines() { return List.copyOf(lines); }
    public List<Fulfilment> fulfilments() { return List.copyOf(fulfilments); }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
}
