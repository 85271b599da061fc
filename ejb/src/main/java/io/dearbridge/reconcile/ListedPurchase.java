package io.dearbridge.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A {@code purchaseList} row as reconciliation compares it. {@code lastUpdatedRaw} is DEAR's string (sometimes
 * zone-less), {@code lastUpdated} its parse. {@link #digest} is the row's content without {@code LastUpdatedDate} and
 * without anything a payment changes: what a touched old purchase keeps.
 */
public record ListedPurchase(String id, String orderNumber, String status, String orderStatus,
                             String stockReceivedStatus, String invoiceStatus, String combinedReceivingStatus,
                             String type, boolean serviceOnly, boolean dropShip, String lastUpdatedRaw,
                             Instant lastUpdated) {

    public String digest() {
        String content = String.join("|", norm(orderNumber), norm(status), norm(orderStatus),
                norm(stockReceivedStatus), norm(combinedReceivingStatus), norm(type), String.valueOf(serviceOnly),
                String.valueOf(dropShip));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
