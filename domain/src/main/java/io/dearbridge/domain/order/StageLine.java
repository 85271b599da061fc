package io.dearbridge.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a pick or pack as the warehouse recorded it (and, for an auto-pick, as DEAR chose it), or one
 * box of a shipment (then only {@code box} is set).
 */
@Embeddable
public class StageLine {

    @Column(name = "sku", length = 100)
    private String sku;

    @Column(name = "quantity", precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "location", length = 256)
    private String location;

    @Column(name = "batch", length = 256)
    private String batch;

    @Column(name = "expiry")
    private LocalDate expiry;

    @Column(name = "box", length = 256)
    private String box;

    /** Where DEAR is told the stock came from (the warehouse location mapped, see {@link LocationMap}). */
    @Column(name = "dear_location", length = 256)
    private String dearLocation;

    @Column(name = "dear_location_id", length = 64)
    private String dearLocationId;

    /** For a shipped box: DEAR's ID of its ship line, which a tracking change must send (docs/dear-api.md §4.3). */
    @Column(name = "dear_line_id", length = 64)
    private String dearLineId;

    protected StageLine() {
    }

    public StageLine(String sku, BigDecimal quantity, String location, String batch, LocalDate expiry, String box) {
        this.sku = sku;
        this.quantity = quantity;
        this.location = location;
        this.batch = batch;
        this.expiry = expiry;
        this.box = box;
    }

    /** The same line with the DEAR place it is sent as. */
    public StageLine at(LocationMap.DearPlace place) {
        StageLine copy = new StageLine(sku, quantity, location, batch, expiry, box);
        copy.dearLocation = place.name();
        copy.dearLocationId = place.locationId();
        copy.dearLineId = dearLineId;
        return copy;
    }

    /** A line DEAR chose itself (an auto-pick): DEAR's location is both the warehouse's and DEAR's. */
    public static StageLine fromDear(String sku, BigDecimal quantity, String location, String locationId, String batch,
                                     LocalDate expiry, String box) {
        StageLine line = new StageLine(sku, quantity, location, batch, expiry, box);
        line.dearLocation = location;
        line.dearLocationId = locationId;
        return line;
    }

    public static StageLine box(String box) {
        return new StageLine(null, null, null, null, null, Objects.requireNonNull(box, "box"));
    }

    /** The same stock placed in a box, for the pack that follows a pick. */
    public StageLine inBox(String boxName) {
        StageLine copy = new StageLine(sku, quantity, location, batch, expiry, boxName);
        copy.dearLocation = dearLocation;
        copy.dearLocationId = dearLocationId;
        return copy;
    }

    /** This box as DEAR keeps it, with its ship line ID. */
    StageLine shippedAs(String lineId) {
        StageLine copy = new StageLine(sku, quantity, location, batch, expiry, box);
        copy.dearLocation = dearLocation;
        copy.dearLocationId = dearLocationId;
        copy.dearLineId = lineId;
        return copy;
    }

    public String sku() { return sku; }
    public BigDecimal quantity() { return quantity; }
    public String location() { return location; }
    public String batch() { return batch; }
    public LocalDate expiry() { return expiry; }
    public String box() { return box; }
    /** Where DEAR is told this stock comes from; the warehouse's own location when no map applied. */
    public String dearLocation() { return dearLocation != null ? dearLocation : location; }
    public String dearLocationId() { return dearLocationId; }
    public String dearLineId() { return dearLineId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageLine other && Objects.equals(sku, other.sku)
                && (quantity == null ? other.quantity == null
                    : other.quantity != null && quantity.compareTo(other.quantity) == 0)
                && Objects.equals(location, other.location) && Objects.equals(batch, other.batch)
                && Objects.equals(expiry, other.expiry) && Objects.equals(box, other.box);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sku, location, batch, expiry, box);
    }

    @Override
    public String toString() {
        return box != null && sku == null ? "box " + box
                : (quantity == null ? "" : quantity.stripTrailingZeros().toPlainString()) + " x " + sku
                  + (location == null ? "" : " @ " + location) + (box == null ? "" : " in " + box);
    }
}
