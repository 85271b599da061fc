package io.dearbridge.dear;

import java.time.Instant;

/**
 * Filters for {@code saleList} (docs/dear-api.md §3.3); null means "not filtered". The filter names are DEAR's
 * ({@code CombinedPickStatus}), which differ from the row fields ({@code CombinedPickingStatus}).
 */
public record SaleListQuery(
        Instant updatedSince,
        String search,
        String orderStatus,
        String status,
        String combinedPickStatus,
        String combinedPackStatus,
        String combinedShippingStatus,
        String orderLocationId,
        Boolean readyForShipping) {

    public static SaleListQuery all() {
        return new SaleListQuery(null, null, null, null, null, null, null, null, null);
    }

    /** The reconciler's query: everything changed since a cursor, optionally at one location. */
    public static SaleListQuery updatedSince(Instant since, String orderLocationId) {
        return new SaleListQuery(since, null, null, null, null, null, null, orderLocationId, null);
    }

    public static SaleListQuery search(String text) {
        return new SaleListQuery(null, text, null, null, null, null, null, null, null);
    }
}
