package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A pick or pack line (docs/dear-api.md §4.3): {@code Location} or {@code LocationID}, batch/serial and expiry for
 * tracked stock; {@code Box} and {@code WarrantyRegistrationNumber} on pack lines only.
 */
public record StockLine(
        @JsonProperty("ProductID") String productId,
        @JsonProperty("SKU") String sku,
        String name,
        String location,
        @JsonProperty("LocationID") String locationId,
        BigDecimal quantity,
        @JsonProperty("BatchSN") String batchSn,
        Instant expiryDate,
        String box,
        Boolean nonInventory,
        String warrantyRegistrationNumber) {

    /** A pick line at a location name such as {@code "Main Warehouse: A-03-02"}. */
    public static StockLine pick(String productId, String sku, String location, BigDecimal quantity) {
        return new StockLine(productId, sku, null, location, null, quantity, null, null, null, null, null);
    }

    /** The same line placed in a box, for a pack. */
    public StockLine inBox(String boxName) {
        return new StockLine(productId, sku, name, location, locationId, quantity, batchSn, expiryDate, boxName,
                nonInventory, warrantyRegistrationNumber);
    }
}
