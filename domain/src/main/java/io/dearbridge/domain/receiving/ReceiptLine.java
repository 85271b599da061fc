package io.dearbridge.domain.receiving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What the purchase order expects of one product (DEAR's lines summed by product). */
@Embeddable
public class ReceiptLine {

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    protected ReceiptLine() {
    }

    public ReceiptLine(String productId, String sku, String name, BigDecimal quantity) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
    }

    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }

    boolean sameAs(ReceiptLine other) {
        return java.util.Objects.equals(productId, other.productId) && java.util.Objects.equals(sku, other.sku)
                && java.util.Objects.equals(name, other.name) && quantity.compareTo(other.quantity) == 0;
    }
}
