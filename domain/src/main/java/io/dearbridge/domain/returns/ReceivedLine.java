package io.dearbridge.domain.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** What the warehouse received of one product, in what condition, and where it went. */
@Embeddable
public class ReceivedLine {

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_condition", nullable = false, length = 20)
    private ItemCondition condition;

    @Column(name = "location", length = 256)
    private String location;

    protected ReceivedLine() {
    }

    public ReceivedLine(String productId, String sku, String name, BigDecimal quantity, ItemCondition condition,
                        String location) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.condition = condition;
        this.location = location;
    }

    public boolean restocked() {
        return condition == ItemCondition.RESTOCK;
    }

    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public ItemCondition condition() { return condition; }
    public String location() { return location; }
}
