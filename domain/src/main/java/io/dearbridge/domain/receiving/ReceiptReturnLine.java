package io.dearbridge.domain.receiving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line going back to the supplier: how much of a product, why, and from which DEAR stock card. */
@Embeddable
public class ReceiptReturnLine {

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "reason")
    private String reason;

    @Column(name = "card_id", length = 64)
    private String cardId;

    protected ReceiptReturnLine() {
    }

    public ReceiptReturnLine(String productId, String sku, String name, BigDecimal quantity, String reason,
                             String cardId) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.reason = reason;
        this.cardId = cardId;
    }

    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public String reason() { return reason; }
    public String cardId() { return cardId; }
}
