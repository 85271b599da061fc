package io.dearbridge.domain.fulfilment;

import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.WarehouseOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One DEAR fulfilment task of an order, keyed by its TaskID, with DEAR's status for each stage. The
 * {@code *Pushed} flags say the bridge itself sent that stage, so DEAR's echo of it is recognised.
 */
@Entity
@Table(name = "fulfilment")
public class Fulfilment {

    public static final String AUTHORISED = "AUTHORISED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Column(name = "tracking_numbers", length = 2000)
    private String trackingNumbers;

    @Column(name = "pick_pushed", nullable = false)
    private boolean pickPushed;

    @Column(name = "pack_pushed", nullable = false)
    private boolean packPushed;

    @Column(name = "ship_pushed", nullable = false)
    private boolean shipPushed;

    protected Fulfilment() {
    }

    public Fulfilment(WarehouseOrder order, String taskId, int number) {
        this.order = Objects.requireNonNull(order, "order");
        this.taskId = Objects.requireNonNull(taskId, "taskId");
        this.number = number;
    }

    /** Takes DEAR's view of this fulfilment; answers what changed, in words, for the order's timeline. */
    public List<String> update(SaleSnapshot.Fulfilment dear) {
        List<String> changes = new ArrayList<>();
        number = dear.number();
        fulfilmentStatus = dear.fulfilmentStatus();
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

    /** The bridge sent this stage; DEAR's echo of it will be recognised as such. */
    public void markPushed(String stage) {
        switch (stage) {
            case "PICK" -> pickPushed = true;
            case "PACK" -> packPushed = true;
            case "SHIP" -> shipPushed = true;
            default -> throw new IllegalArgumentException("Unknown stage " + stage);
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
}
