package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.sale.Address;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One fulfilment task with its three stages. Not thread-safe on its own: it is only touched while holding
 * the lock of the sale it belongs to.
 */
public final class Fulfilment {

    private final String taskId;
    private final int number;
    private String pickStatus = StageStatus.NOT_AVAILABLE;
    private String packStatus = StageStatus.NOT_AVAILABLE;
    private String shipStatus = StageStatus.NOT_AVAILABLE;
    private List<StageLine> pickLines = new ArrayList<>();
    private List<StageLine> packLines = new ArrayList<>();
    private List<ShipLine> shipLines = new ArrayList<>();
    private String requireBy;
    private Address shipAddress;
    private String shippingNotes;
    private boolean shipToOther;
    private boolean voided;

    public Fulfilment(String taskId, int number, Address shipAddress, String shippingNotes) {
        this.taskId = taskId;
        this.number = number;
        this.shipAddress = shipAddress;
        this.shippingNotes = shippingNotes;
    }

    public String taskId() {
        return taskId;
    }

    public int number() {
        return number;
    }

    public String pickStatus() {
        return pickStatus;
    }

    public String packStatus() {
        return packStatus;
    }

    public String shipStatus() {
        return shipStatus;
    }

    public List<StageLine> pickLines() {
        return pickLines;
    }

    public List<StageLine> packLines() {
        return packLines;
    }

    public List<ShipLine> shipLines() {
        return shipLines;
    }

    public boolean voided() {
        return voided;
    }

    public String requireBy() {
        return requireBy;
    }

    public Address shipAddress() {
        return shipAddress;
    }

    public String shippingNotes() {
        return shippingNotes;
    }

    /** {@code ShippingAddress.ShipToOther} as the last ship write sent it. */
    public boolean shipToOther() {
        return shipToOther;
    }

    public void pick(String status, List<StageLine> lines) {
        pickStatus = status;
        pickLines = new ArrayList<>(lines);
    }

    public void pack(String status, List<StageLine> lines) {
        packStatus = status;
        packLines = new ArrayList<>(lines);
    }

    public void ship(String status, List<ShipLine> lines) {
        shipStatus = status;
        shipLines = new ArrayList<>(lines);
    }

    /**
     * A ship POST/PUT, an {@code AddTrackingNumbers} PUT too, overwrites the document with what it carries
     * (docs/dear-api.md §4.3: POST overwrites the document's data), so an address, notes or RequireBy left out are
     * gone afterwards, as DEAR would have them.
     */
    void shipTo(ShipTo shipTo) {
        this.requireBy = shipTo.requireBy();
        this.shipAddress = shipTo.address();
        this.shipToOther = shipTo.shipToOther();
        this.shippingNotes = shipTo.notes() == null ? "" : shipTo.notes();
    }

    /** A DEAR user changes where this fulfilment goes (the ship tab's address), before anything is shipped. */
    public void shipTo(Address address, String notes) {
        this.shipAddress = address;
        if (notes != null) {
            this.shippingNotes = notes;
        }
    }

    public void replaceShipLines(List<ShipLine> lines) {
        shipLines = new ArrayList<>(lines);
    }

    public void voidAll() {
        voided = true;
        pickStatus = StageStatus.VOIDED;
        packStatus = StageStatus.VOIDED;
        shipStatus = StageStatus.VOIDED;
    }

    /** Undo of a fulfilment: every stage that had been written goes back to draft, keeping its lines. */
    public void undo() {
        pickStatus = reopen(pickStatus);
        packStatus = reopen(packStatus);
        shipStatus = reopen(shipStatus);
    }

    private static String reopen(String status) {
        return StageStatus.NOT_AVAILABLE.equals(status) ? status : StageStatus.DRAFT;
    }

    /**
     * A voided fulfilment reads NOT FULFILLED with every stage VOIDED: the vendor's example answer to
     * {@code DELETE sale/fulfilment?Void=true} shows exactly that, not a FulFilmentStatus of VOIDED.
     */
    public String fulfilmentStatus() {
        if (voided) {
            return "NOT FULFILLED";
        }
        if (StageStatus.AUTHORISED.equals(shipStatus)) {
            return "FULFILLED";
        }
        if (StageStatus.PARTIALLY_AUTHORISED.equals(shipStatus)) {
            return "PARTIALLY FULFILLED";
        }
        return "NOT FULFILLED";
    }

    public static Map<String, BigDecimal> bySku(List<StageLine> lines) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (StageLine l : lines) {
            m.merge(l.sku().toUpperCase(), l.quantity(), BigDecimal::add);
        }
        return m;
    }

    public static BigDecimal total(List<StageLine> lines) {
        return lines.stream().map(StageLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
