package io.dearbridge.domain.receiving;

import io.dearbridge.domain.order.StorableText;
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
        this.cardId = StorableText.fit(l.cardId(), 64);
        this.productId = StorableText.fit(l.productId(), 64);
        this.sku = StorableText.fit(l.sku(), 100);
        this.name = StorableText.fit(l.name(), 1024);
        this.quantity = l.quantity() == null ? BigDecimal.ZERO : l.quantity();
        this.location = StorableText.fit(l.location(), 256);
        this.locationId = StorableText.fit(l.locationId(), 64);
        this.batchSn = StorableText.fit(l.batchSn(), 100);
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
