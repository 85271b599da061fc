package io.dearbridge.domain.receiving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line DEAR shows on a stock-received or put-away task; {@link #cardId} is DEAR's stock card. */
@Embeddable
public class DearStockLine {

    @Column(name = "card_id", length = 64)
    private String cardId;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "location", length = 256)
    private String location;

    @Column(name = "location_id", length = 64)
    private String locationId;

    @Column(name = "batch_sn", length = 100)
    private String batchSn;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "received_date")
    private LocalDate receivedDate;

    protected DearStockLine() {
    }

    DearStockLine(PurchaseSnapshot.StockLine l) {
        this.cardId = l.cardId();
        this.productId = l.productId();
        this.sku = l.sku();
        this.name = l.name();
        this.quantity = l.quantity() == null ? BigDecimal.ZERO : l.quantity();
        this.location = l.location();
        this.locationId = l.locationId();
        this.batchSn = l.batchSn();
        this.expiryDate = l.expiryDate();
        this.receivedDate = l.receivedDate();
    }

    public String cardId() { return cardId; }
    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public String location() { return location; }
    public String locationId() { return locationId; }
    public String batchSn() { return batchSn; }
    public LocalDate expiryDate() { return expiryDate; }
    public LocalDate receivedDate() { return receivedDate; }
}
