package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.json.Json;
import java.util.Map;

/**
 * DEAR's address model; the display lines are built the way the fixtures show them unless given. docs/dear-api.md §3.2:
 * responses sometimes carry only the display lines filled, which a sale entered with only
 * {@code DisplayAddressLine1/2} reproduces.
 */
public record Address(String line1, String line2, String city, String state, String postcode, String country,
                      String company, String contact, String display1, String display2) {

    public Address(String line1, String line2, String city, String state, String postcode, String country,
                   String company, String contact) {
        this(line1, line2, city, state, postcode, country, company, contact, null, null);
    }

    public static Address fromJson(Map<String, Object> m) {
        return new Address(Json.string(m, "Line1"), Json.string(m, "Line2"), Json.string(m, "City"),
                Json.string(m, "State"), Json.string(m, "Postcode"), Json.string(m, "Country"),
                Json.string(m, "Company"), Json.string(m, "Contact"), Json.string(m, "DisplayAddressLine1"),
                Json.string(m, "DisplayAddressLine2"));
    }

    public Map<String, Object> toJson(boolean shipping) {
        Map<String, Object> m = Json.object();
        m.put("DisplayAddressLine1", display1 != null ? display1 : join(", ", line1, line2));
        m.put("DisplayAddressLine2", display2 != null ? display2 : join(" ", city, state, postcode, country));
        m.put("Line1", line1);
        m.put("Line2", line2);
        m.put("City", city);
        m.put("State", state);
        m.put("Postcode", postcode);
        m.put("Country", country);
        if (shipping) {
            m.put("Company", company);
            m.put("Contact", contact);
            m.put("ShipToOther", false);
        }
        return m;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p);
            }
        }
        return sb.toString();
    }
}
