package io.dearbridge.simulator.purchase;

import java.math.BigDecimal;

/**
 * A stock-received or put-away line (PURCHASES.md §3.1). {@code cardId} is the stock batch DEAR assigns on save; a credit
 * note's Unstock line quotes it. {@code location}/{@code locationId} are null on advanced stock lines (§3.3 item 1).
 */
public record ReceivedLine(String cardId, String productId, String sku, String name, BigDecimal quantity, String date,
                           String location, String locationId, String batch, String expiry, String supplierSku) {

    /** DEAR's duplicate key: product + location + batch + expiry date (§3.1). */
    public String duplicateKey() {
        return productId + "|" + lower(location) + "|" + lower(batch) + "|" + lower(expiry);
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase();
    }
}
