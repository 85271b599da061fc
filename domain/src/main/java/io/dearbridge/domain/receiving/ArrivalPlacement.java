package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An arrival line as it goes to DEAR: the warehouse's location already mapped to a DEAR place (its name, e.g.
 * {@code "Main Warehouse: A-03-02"}, and its LocationID when the account's location-map gives one).
 */
public record ArrivalPlacement(String sku, BigDecimal quantity, String placeName, String placeId, String batch,
                               LocalDate expiry) {

    /** The DEAR place as one key: its LocationID when known, else its name. */
    public String placeKey() {
        return placeId != null && !placeId.isBlank() ? placeId.strip().toLowerCase(java.util.Locale.ROOT)
                : placeName == null ? "" : placeName.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
