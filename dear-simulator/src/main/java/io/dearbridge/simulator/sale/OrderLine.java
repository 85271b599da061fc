package io.dearbridge.simulator.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One order line. Quantities and money are BigDecimal because DEAR allows four decimals. */
public final class OrderLine {

    public static final BigDecimal GST = new BigDecimal("0.10");

    private final String productId;
    private final String sku;
    private final String name;
    private final BigDecimal quantity;
    private final BigDecimal price;
    private final BigDecimal averageCost;
    private final String comment;
    private final boolean dropShip;
    private volatile BigDecimal backorderQuantity = BigDecimal.ZERO;

    public OrderLine(String productId, String sku, String name, BigDecimal quantity, BigDecimal price,
                     BigDecimal averageCost) {
        this(productId, sku, name, quantity, price, averageCost, "", false);
    }

    /**
     * @param dropShip the supplier ships this line to the customer; DEAR never picks it (docs/dear-api.md §3.2,
     *                 {@code DropShip})
     */
    public OrderLine(String productId, String sku, String name, BigDecimal quantity, BigDecimal price,
                     BigDecimal averageCost, String comment, boolean dropShip) {
        this.comment = comment == null ? "" : comment;
        this.dropShip = dropShip;
        this.productId = productId;
        this.sku = sku;
        this.name = name;
        this.quantity = quantity;
        this.price = price;
        this.averageCost = averageCost;
    }

    public String productId() {
        return productId;
    }

    public String sku() {
        return sku;
    }

    public String name() {
        return name;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal price() {
        return price;
    }

    public BigDecimal averageCost() {
        return averageCost;
    }

    public String comment() {
        return comment;
    }

    public boolean dropShip() {
        return dropShip;
    }

    public BigDecimal backorderQuantity() {
        return backorderQuantity;
    }

    public void backorder(BigDecimal qty) {
        this.backorderQuantity = qty;
    }

    public BigDecimal total() {
        return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal tax() {
        return total().multiply(GST).setScale(2, RoundingMode.HALF_UP);
    }
}
