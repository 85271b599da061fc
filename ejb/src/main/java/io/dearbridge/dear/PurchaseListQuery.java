package io.dearbridge.dear;

import java.time.Instant;

/**
 * Filters for {@code purchaseList} (docs/dear-api.md, purchases §2.2); null means "not filtered". {@code Status}
 * takes one value only (several give no rows), so open purchases are listed one status per call.
 */
public record PurchaseListQuery(Instant updatedSince, String search, String status) {

    public static PurchaseListQuery updatedSince(Instant since) {
        return new PurchaseListQuery(since, null, null);
    }

    public static PurchaseListQuery search(String text) {
        return new PurchaseListQuery(null, text, null);
    }

    public static PurchaseListQuery status(String status) {
        return new PurchaseListQuery(null, null, status);
    }
}
