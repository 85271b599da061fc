package io.dearbridge.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One ordered product. Quantities allow DEAR's four decimals. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_ids")
    @SequenceGenerator(name = "order_line_ids", sequenceName = "order_line_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private WarehouseOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", columnDefinition = "text")
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "backordered_quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal backorderedQuantity;

    @Column(name = "comment", columnDefinition = "text")
    private String comment;

    /** The supplier ships it (DEAR's {@code DropShip}): shown, never picked. */
    @Column(name = "drop_ship", nullable = false)
    private boolean dropShip;

    protected OrderLine() {
    }

    OrderLine(WarehouseOrder order, int lineNo, SaleSnapshot.Line line) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = line.productId();
        this.sku = line.sku();
        this.name = line.name();
        this.quantity = line.quantity();
        this.backorderedQuantity = line.backorderQuantity() == null ? BigDecimal.ZERO : line.backorderQuantity();
        this.comment = line.comment() == null || line.comment().isBlank() ? null : line.comment();
        this.dropShip = line.dropShip();
    }

    boolean sameAs(SaleSnapshot.Line line) {
        return sku.equals(line.sku()) && quantity.compareTo(line.quantity()) == 0 && dropShip == line.dropShip()
                && java.util.Objects.equals(comment, line.comment() == null || line.comment().isBlank() ? null
                        : line.comment());
    }

    /** The warehouse picks it: not drop-shipped, and not on a Service Sale (which DEAR never fulfils). */
    public boolean pickable() {
        return !dropShip && !order.serviceOnly();
    }

    /** Answers whether the backordered quantity changed. */
    boolean backordered(BigDecimal newQuantity) {
        BigDecimal value = newQuantity == null ? BigDecimal.ZERO : newQuantity;
        if (value.compareTo(backorderedQuantity) == 0) {
            return false;
        }
        backorderedQuantity = value;
        return true;
    }

    public Long id() { return id; }
    public int lineNo() { return lineNo; }
    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal backorderedQuantity() { return backorderedQuantity; }
    public String comment() { return comment; }
    public boolean dropShip() { return dropShip; }
}
