package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Address;
import io.dearbridge.simulator.time.DearDates;
import java.util.Map;

/**
 * The document part of a ship write: {@code RequireBy}, {@code ShippingAddress} (with {@code ShipToOther}) and
 * {@code ShippingNotes}. An address that is sent needs {@code Line1} and {@code Country}: DEAR's address model marks
 * both required on write (docs/dear-api.md §3.2), so display lines alone are refused.
 */
record ShipTo(String requireBy, Address address, boolean shipToOther, String notes) {

    static ShipTo read(Map<String, Object> body) {
        Object raw = Json.get(body, "ShippingAddress");
        Map<String, Object> json = raw == null ? null : Json.asObject(raw, "ShippingAddress");
        if (json != null) {
            require(json, "Line1");
            require(json, "Country");
        }
        String requireBy = Json.string(body, "RequireBy");
        if (requireBy != null && !requireBy.isBlank()) {
            DearDates.parse(requireBy, "RequireBy"); // DEAR refuses a RequireBy that is not a date
        }
        return new ShipTo(requireBy, json == null ? null : Address.fromJson(json),
                json != null && Boolean.TRUE.equals(Json.bool(json, "ShipToOther")), Json.string(body, "ShippingNotes"));
    }

    private static void require(Map<String, Object> address, String field) {
        String value = Json.string(address, field);
        if (value == null || value.isBlank()) {
            throw DearException.badRequest("ShippingAddress." + field + " is required.");
        }
    }
}
