package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A billing or shipping address. Shipping addresses add {@code Company}, {@code Contact} and
 * {@code ShipToOther}; DEAR sometimes fills only the display lines (docs/dear-api.md §3.2).
 */
public record Address(
        @JsonProperty("ID") String id,
        String line1,
        String line2,
        String city,
        String state,
        String postcode,
        String country,
        String company,
        String contact,
        Boolean shipToOther,
        String displayAddressLine1,
        String displayAddressLine2) {
}
