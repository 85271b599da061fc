package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No text DEAR sends stops an import (issue 22): a sale whose every free-text field is 10,000 characters long, with
 * characters beyond the Basic Multilingual Plane, control characters (NUL among them) and empty strings, becomes an
 * order. Free text arrives whole (NUL aside, which no database column keeps); the other fields are cut to their
 * column with a visible marker.
 */
@ExtendWith(ArquillianExtension.class)
class DearTextFuzzIT {

    private static final int LONG = 10_000;
    private static final String CUT = "…[cut]";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calmDear() {
        Simulator.calm();
    }

    @Test
    void aSaleWithHugeStrangeAndEmptyTextsArrivesAsAnOrder() {
        String notes = text("notes");
        JsonObjectBuilder address = Json.createObjectBuilder();
        for (String field : List.of("Line1", "Line2", "City", "State", "Postcode", "Country", "Company", "Contact",
                "DisplayAddressLine1", "DisplayAddressLine2")) {
            address.add(field, text(field));
        }
        JsonArrayBuilder lines = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("sku", "FUZZ-LONG").add("quantity", 1)
                        .add("name", text("name")).add("comment", text("comment")))
                .add(Json.createObjectBuilder().add("sku", "FUZZ-EMPTY").add("quantity", 2)
                        .add("name", "").add("comment", ""));
        JsonObject spec = Json.createObjectBuilder()
                .add("customer", text("customer"))
                .add("contact", text("contact"))
                .add("phone", text("phone"))
                .add("email", text("email"))
                .add("customerReference", "")
                .add("carrier", text("carrier"))
                .add("shippingNotes", notes)
                .add("location", text("location"))
                .add("shippingAddress", address)
                .add("lines", lines)
                .build();
        JsonObject sale = Simulator.createSale(spec.toString());
        assertEquals(LONG, sale.getString("ShippingNotes").length(), "the simulator keeps DEAR's text as given");

        JsonObject order = Bridge.importedOrder(sale);

        assertEquals("AWAITING_PICK", order.getString("status"));
        assertEquals(notes.replace("\0", ""), order.getString("shippingNotes"), "free text is kept whole");
        JsonObject shipTo = order.getJsonObject("shippingAddress");
        assertEquals(text("Line1").replace("\0", ""), shipTo.getString("line1"));
        assertEquals(text("DisplayAddressLine2").replace("\0", ""), shipTo.getString("displayLine2"));
        assertCut(shipTo.getString("city"), 256);
        assertCut(shipTo.getString("postcode"), 64);
        assertCut(order.getString("customer"), 256);
        assertCut(order.getString("email"), 256);
        assertCut(order.getString("carrier"), 256);
        assertCut(order.getString("location"), 256);
        assertEquals("", order.getString("customerReference", ""));
        JsonObject first = order.getJsonArray("lines").getJsonObject(0);
        assertEquals(text("name").replace("\0", ""), first.getString("name"));
        assertEquals(text("comment").replace("\0", ""), first.getString("comment"));
        // DEAR names a line after its product when the name is left empty; an empty comment stays empty.
        JsonObject second = order.getJsonArray("lines").getJsonObject(1);
        assertEquals("", second.getString("comment", ""));
    }

    /** A value cut to its column: at most that many characters, ending with the marker, nothing beyond. */
    private static void assertCut(String value, int column) {
        assertTrue(value.endsWith(CUT), "cut with a visible marker: " + value.substring(Math.max(0, value.length() - 20)));
        assertTrue(value.codePointCount(0, value.length()) <= column, "fits its column: " + value.length());
        assertTrue(value.indexOf('\0') < 0, "no NUL stored");
    }

    /** 10,000 UTF-16 units: the field's name, then emoji and CJK beyond the BMP, tabs, bells, NUL and accents. */
    private static String text(String field) {
        StringBuilder sb = new StringBuilder(field).append(": ");
        String[] pieces = {"Grüße ", "\uD83D\uDE9A", "\uD840\uDC0B", "\t", "\u0007", "\u0000", "\r\n", "\u001F",
                "é", "\u202E", "\uFEFF", "ok "};
        for (int i = 0; sb.length() < LONG; i++) {
            sb.append(pieces[i % pieces.length]);
        }
        String s = sb.toString();
        int end = Character.isHighSurrogate(s.charAt(LONG - 1)) ? LONG - 1 : LONG;
        return s.substring(0, end) + (end < LONG ? "x" : "");
    }
}
