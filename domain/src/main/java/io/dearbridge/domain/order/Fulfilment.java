package io.dearbridge.domain.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DEAR fulfilment task of an order, keyed by its TaskID, with DEAR's status for each stage. The
 * {@code *Pushed} flags say the bridge itself sent that stage, so DEAR's echo of it is recognised.
 * A <em>planned</em> fulfilment is one the warehouse started (a further consignment) that DEAR has yet to
 * create; it carries a placeholder TaskID until the outbox learns DEAR's. The warehouse's own records of
 * each stage hang here too.
 */
@Entity
@Table(name = "fulfilment")
public class Fulfilment {

    public static final String AUTHORISED = "AUTHORISED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fulfilment_ids")
    @SequenceGenerator(name = "fulfilment_ids", sequenceName = "fulfilment_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private WarehouseOrder order;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "fulfilment_status", length = 40)
    private String fulfilmentStatus;

    @Column(name = "pick_status", length = 40)
    private String pickStatus;

    @Column(name = "pack_status", length = 40)
    private String packStatus;

    @Column(name = "ship_status", length = 40)
    private String shipStatus;

    @Column(name = "tracking_numbers", columnDefinition = "text")
    private String trackingNumbers;

    @Column(name = "pick_pushed", nullable = false)
    private boolean pickPushed;

    @Column(name = "pack_pushed", nullable = false)
    private boolean packPushed;

    @Column(name = "ship_pushed", nullable = false)
    private boolean shipPushed;

    @Column(name = "planned", nullable = false)
    private boolean planned;

    /**
     * DEAR no longer has this fulfilment: it voided it (every stage VOIDED), or it vanished from the sale (an undo
     * and re-authorisation gives the sale a new TaskID). A dropped fulfilment takes no further stage, and what the
     * warehouse recorded on it no longer counts against what remains to pick.
     */
    @Column(name = "dropped", nullable = false)
    private boolean dropped;

    /** Its shipment went again to the fulfilment DEAR created when the sale was authorised again after an undo. */
    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    /** Where DEAR says this fulfilment ships to ({@code Ship.ShippingAddress}); may differ from the sale's. */
    @Embedded
    private ShippingAddress shipAddress;

    @Column(name = "shipping_notes", columnDefinition = "text")
    private String shippingNotes;

    @OneToMany(mappedBy = "fulfilment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<FulfilmentRecord> records = new ArrayList<>();

    protected Fulfilment() {
    }

    public Fulfilment(WarehouseOrder order, String taskId, int number) {
        this.order = Objects.requireNonNull(order, "order");
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.number = number;
    }

    /** A further fulfilment the warehouse started; DEAR creates it when the outbox sends the command. */
    public static Fulfilment planned(WarehouseOrder order, int number) {
        Fulfilment fulfilment = new Fulfilment(order, PLANNED_PREFIX + number, number);
        fulfilment.planned = true;
        fulfilment.fulfilmentStatus = "NOT AVAILABLE";
        return fulfilment;
    }

    public static final String PLANNED_PREFIX = "planned:";

    /** DEAR created the planned fulfilment under this TaskID. */
    public void assignTask(String dearTaskId) {
        if (!planned) {
            throw new IllegalStateException("Fulfilment " + number + " already has DEAR TaskID " + taskId);
        }
        this.taskId = Objects.requireNonNull(dearTaskId, "dearTaskId");
        this.planned = false;
    }

    void add(FulfilmentRecord record) {
        records.add(record);
        if (record.stage() != Stage.TRACKING) {
            markPushed(record.stage());
        }
    }

    /** The warehouse's record of a stage (the first, as each stage is written to DEAR once). */
    public Optional<FulfilmentRecord> record(Stage stage) {
        return records.stream().filter(r -> r.stage() == stage).findFirst();
    }

    public Optional<FulfilmentRecord> recordById(long recordId) {
        return records.stream().filter(r -> r.id() != null && r.id() == recordId).findFirst();
    }

    /** The pick is spoken for: the warehouse recorded it, or a DEAR user authorised it. */
    public boolean pickTaken() {
        return record(Stage.PICK).isPresent() || picked();
    }

    public boolean packTaken() {
        return record(Stage.PACK).isPresent() || packed();
    }

    public boolean shipTaken() {
        return record(Stage.SHIP).isPresent() || shipped() || partiallyShipped();
    }

    /** Takes DEAR's view of this fulfilment; answers what changed, in words, for the order's timeline. */
    public List<String> update(SaleSnapshot.Fulfilment dear) {
        List<String> changes = new ArrayList<>();
        number = dear.number();
        fulfilmentStatus = dear.fulfilmentStatus();
        if (dear.shipAddress() != null) {
            shipAddress = ShippingAddress.of(dear.shipAddress());
        }
        shippingNotes = dear.shipNotes();
        if (dear.voided() != dropped) {
            dropped = dear.voided();
            changes.add(dropped ? "Fulfilment " + number + " voided in DEAR: it takes no further stage, and its"
                    + " picks no longer count" : "Fulfilment " + number + " is live in DEAR again");
        }
        if (changed(pickStatus, dear.pickStatus()) && AUTHORISED.equals(dear.pickStatus())) {
            changes.add(stageMessage("Pick", pickPushed));
        }
        if (changed(packStatus, dear.packStatus()) && AUTHORISED.equals(dear.packStatus())) {
            changes.add(stageMessage("Pack", packPushed));
        }
        if (changed(shipStatus, dear.shipStatus()) && AUTHORISED.equals(dear.shipStatus())) {
            changes.add(stageMessage("Shipment", shipPushed));
        }
        pickStatus = dear.pickStatus();
        packStatus = dear.packStatus();
        shipStatus = dear.shipStatus();
        String tracking = joinTracking(dear);
        if (!tracking.isEmpty() && !tracking.equals(trackingNumbers == null ? "" : trackingNumbers)) {
            changes.add("Tracking of fulfilment " + number + " is now " + tracking);
        }
        trackingNumbers = tracking.isEmpty() ? null : tracking;
        return changes;
    }

    /** DEAR's sale no longer lists this fulfilment (undone, then authorised again under a new TaskID). */
    List<String> vanished() {
        if (dropped || planned) {
            return List.of();
        }
        dropped = true;
        return List.of("Fulfilment " + number + " (TaskID " + taskId + ") is gone from DEAR: it takes no further"
                + " stage, and its picks no longer count");
    }

    private String stageMessage(String stage, boolean pushedByBridge) {
        return pushedByBridge
                ? stage + " of fulfilment " + number + " confirmed by DEAR (sent by the bridge)"
                : stage + " of fulfilment " + number + " authorised in DEAR by a user";
    }

    private static boolean changed(String before, String after) {
        return !Objects.equals(before, after);
    }

    private static String joinTracking(SaleSnapshot.Fulfilment dear) {
        return String.join(", ", dear.shipments().stream().map(SaleSnapshot.Shipment::trackingNumber)
                .filter(t -> t != null && !t.isBlank()).distinct().toList());
    }

    /**
     * DEAR answered the bridge's own write of a stage with its new status. Taking it now means DEAR's
     * echo webhook of that stage needs no read (see {@link #confirmedOwnPush}).
     */
    public void confirmedByBridge(Stage stage, String dearStatus) {
        if (dearStatus == null || dearStatus.isBlank()) {
            return;
        }
        switch (stage) {
            case PICK -> pickStatus = dearStatus;
            case PACK -> packStatus = dearStatus;
            case SHIP -> {
                shipStatus = dearStatus;
                if (shipped()) {
                    // What DEAR's sale would now say (docs/dear-api.md §4.4), without reading it back.
                    fulfilmentStatus = "FULFILLED";
                    record(Stage.SHIP).map(FulfilmentRecord::trackingNumber)
                            .filter(t -> t != null && !t.isBlank()).ifPresent(t -> trackingNumbers = t);
                }
            }
            default -> { }
        }
    }

    /** This stage was sent by the bridge and DEAR's answer already said it is authorised. */
    public boolean confirmedOwnPush(Stage stage) {
        return switch (stage) {
            case PICK -> pickPushed && picked();
            case PACK -> packPushed && packed();
            case SHIP -> shipPushed && shipped();
            default -> false;
        };
    }

    /** The bridge sent this stage; DEAR's echo of it will be recognised as such. */
    public void markPushed(Stage stage) {
        switch (stage) {
            case PICK -> pickPushed = true;
            case PACK -> packPushed = true;
            case SHIP -> shipPushed = true;
            default -> throw new IllegalArgumentException("No DEAR push for stage " + stage);
        }
    }

    public boolean picked() {
        return AUTHORISED.equals(pickStatus);
    }

    public boolean packed() {
        return AUTHORISED.equals(packStatus);
    }

    public boolean shipped() {
        return AUTHORISED.equals(shipStatus);
    }

    public boolean partiallyShipped() {
        return "PARTIALLY AUTHORISED".equals(shipStatus);
    }

    /** The warehouse (or DEAR) has begun on it: picked, packed or shipped, in part or whole. */
    public boolean stageStarted() {
        return pickStarted() || packed() || shipped() || partiallyShipped();
    }

    public boolean pickStarted() {
        return picked() || "DRAFT".equals(pickStatus);
    }

    public Long id() { return id; }
    public WarehouseOrder order() { return order; }
    public String taskId() { return taskId; }
    public int number() { return number; }
    public String fulfilmentStatus() { return fulfilmentStatus; }
    public String pickStatus() { return pickStatus; }
    public String packStatus() { return packStatus; }
    public String shipStatus() { return shipStatus; }
    public String trackingNumbers() { return trackingNumbers; }
    public boolean pickPushed() { return pickPushed; }
    public boolean packPushed() { return packPushed; }
    public boolean shipPushed() { return shipPushed; }
    public boolean planned() { return planned; }
    public boolean dropped() { return dropped; }
    public boolean carriedOver() { return carriedOver; }

    /** A dropped fulfilment the warehouse shipped, whose shipment is not yet re-sent to a live one. */
    boolean awaitsCarryOver() {
        return dropped && !carriedOver && record(Stage.SHIP).isPresent();
    }

    void markCarriedOver() {
        carriedOver = true;
    }
    public boolean live() { return !dropped; }
    public ShippingAddress shipAddress() { return shipAddress; }
    public String shippingNotes() { return shippingNotes; }
    public List<FulfilmentRecord> records() { return List.copyOf(records); }
}
