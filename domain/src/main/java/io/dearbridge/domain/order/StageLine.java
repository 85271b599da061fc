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

    public static StageLine box(String box) {
        return new StageLine(null, null, null, null, null, Objects.requireNonNull(box, "box"));
    }

    /** The same stock placed in a box, for the pack that follows a pick. */
    public StageLine inBox(String boxName) {
        return new StageLine(sku, quantity, location, batch, expiry, boxName);
    }

    public String sku() { return sku; }
    public BigDecimal quantity() { return quantity; }
    public String location() { return location; }
    public String batch() { return batch; }
    public LocalDate expiry() { return expiry; }
    public String box() { return box; }

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
