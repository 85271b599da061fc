package io.dearbridge.domain.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What DEAR's credit note credits for one product, and how much of it DEAR already restocks, where. */
@Embeddable
public class ExpectedLine {

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "restock_quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal restockQuantity;

    @Column(name = "restock_location", length = 256)
    private String restockLocation;

    protected ExpectedLine() {
    }

    public ExpectedLine(String productId, String sku, String name, BigDecimal quantity, BigDecimal restockQuantity,
                        String restockLocation) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.restockQuantity = restockQuantity == null ? BigDecimal.ZERO : restockQuantity;
        this.restockLocation = restockLocation;
    }

    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal restockQuantity() { return restockQuantity; }
    public String restockLocation() { return restockLocation; }
}
