package io.dearbridge.domain.receiving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of an arrival: what came in, where the warehouse put it (and the DEAR place that maps to). */
@Embeddable
public class ReceiptArrivalLine {

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(name = "name", length = 1024)
    private String name;

    @Column(name = "quantity", nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "location", length = 256)
    private String location;

    @Column(name = "dear_location", length = 256)
    private String dearLocation;

    @Column(name = "dear_location_id", length = 64)
    private String dearLocationId;

    @Column(name = "batch_sn", length = 100)
    private String batchSn;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "push_status", nullable = false, length = 20)
    private LinePushStatus pushStatus;

    @Column(name = "card_id", length = 64)
    private String cardId;

    protected ReceiptArrivalLine() {
    }

    public ReceiptArrivalLine(String productId, String sku, String name, BigDecimal quantity, String location,
                              String dearLocation, String dearLocationId, String batchSn, LocalDate expiryDate) {
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.location = location;
        this.dearLocation = dearLocation;
        this.dearLocationId = dearLocationId;
        this.batchSn = batchSn;
        this.expiryDate = expiryDate;
        this.pushStatus = LinePushStatus.PENDING;
    }

    /** The line went to DEAR ({@code cardId}: DEAR's stock card for it, when known). */
    public void pushed(LinePushStatus status, String cardId) {
        this.pushStatus = status;
        if (cardId != null) {
            this.cardId = cardId;
        }
    }

    public String productId() { return productId; }
    public String sku() { return sku; }
    public String name() { return name; }
    public BigDecimal quantity() { return quantity; }
    public String location() { return location; }
    public String dearLocation() { return dearLocation; }
    public String dearLocationId() { return dearLocationId; }
    public String batchSn() { return batchSn; }
    public LocalDate expiryDate() { return expiryDate; }
    public LinePushStatus pushStatus() { return pushStatus; }
    public String cardId() { return cardId; }
}
