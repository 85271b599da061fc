package io.dearbridge.dear.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.ShippingAddress;
import io.dearbridge.push.ShipBox;
import io.dearbridge.push.ShipTo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ship POST and the tracking PUT: what DEAR gets, since both overwrite its ship document. */
class ShipBodiesTest {

    private static final ShippingAddress SALE = ShippingAddress.of(new SaleSnapshot.Address("12 Wharf Lane", null,
            "Brisbane", "QLD", "4000", "Australia", "Northwind", "Ana"));
    private static final ShippingAddress GATE = ShippingAddress.of(new SaleSnapshot.Address("Gate 3", null,
            "Geelong", null, null, "Australia", null, null));
    private static final ShippingAddress DISPLAY_ONLY = ShippingAddress.of(new SaleSnapshot.Address(null, null,
            null, null, null, null, null, null, "12 Wharf Lane", "Brisbane QLD 4000 Australia"));
    private static final LocalDate SHIP_BY = LocalDate.of(2026, 11, 30);
    private static final ShipmentDetails SHIPMENT = new ShipmentDetails("StarTrack", "ST-1", "https://t/ST-1",
            LocalDate.of(2026, 11, 26));

    private static JsonNode json(ShipTask task) throws Exception {
        return DearJson.mapper().readTree(DearJson.write(task));
    }

    private static JsonNode post(ShipTo shipTo) throws Exception {
        return json(ShipBodies.post("T", SHIPMENT, List.of(new ShipBox("Box 1", null)), shipTo));
    }

    @Test
    void theSalesOwnAddressGoesWithShipToOtherFalseAndTheSalesShipByAsRequireBy() throws Exception {
        JsonNode body = post(ShipTo.choose(null, SALE, "Leave at dock", SHIP_BY));
        assertEquals("12 Wharf Lane", body.get("ShippingAddress").get("Line1").asText());
        assertEquals("Australia", body.get("ShippingAddress").get("Country").asText());
        assertFalse(body.get("ShippingAddress").get("ShipToOther").asBoolean());
        assertEquals("2026-11-30T00:00:00", body.get("RequireBy").asText());
        assertEquals("Leave at dock", body.get("ShippingNotes").asText());
    }

    @Test
    void aFulfilmentGoingElsewhereIsShipToOther() throws Exception {
        JsonNode body = post(ShipTo.choose(GATE, SALE, null, SHIP_BY));
        assertEquals("Gate 3", body.get("ShippingAddress").get("Line1").asText());
        assertTrue(body.get("ShippingAddress").get("ShipToOther").asBoolean());
        assertFalse(post(ShipTo.choose(SALE, SALE, null, SHIP_BY)).get("ShippingAddress").get("ShipToOther")
                .asBoolean(), "the fulfilment's address is the sale's: not other");
    }

    @Test
    void displayLinesOnlyFallBackToTheSalesAddressFieldsAsDearHasThem() throws Exception {
        JsonNode body = post(ShipTo.choose(DISPLAY_ONLY, SALE, null, SHIP_BY));
        assertEquals("12 Wharf Lane", body.get("ShippingAddress").get("Line1").asText());
        assertEquals("Brisbane", body.get("ShippingAddress").get("City").asText());
        assertEquals("Australia", body.get("ShippingAddress").get("Country").asText(), "DEAR requires Country");
        assertFalse(body.get("ShippingAddress").get("ShipToOther").asBoolean());
    }

    @Test
    void withNoAddressDearWouldTakeNoneIsSentRatherThanOneItRefuses() throws Exception {
        JsonNode body = post(ShipTo.choose(DISPLAY_ONLY, DISPLAY_ONLY, "Notes", SHIP_BY));
        assertTrue(body.path("ShippingAddress").isMissingNode() || body.get("ShippingAddress").isNull(),
                body.toString());
        assertEquals("Notes", body.get("ShippingNotes").asText());
    }

    @Test
    void theTrackingPutRepeatsWhatThePostSent() throws Exception {
        ShipTo shipTo = ShipTo.choose(GATE, SALE, "Call ahead", SHIP_BY);
        JsonNode posted = post(shipTo);
        JsonNode put = json(ShipBodies.trackingPut("T", new ShipmentDetails("StarTrack", "ST-2", null,
                LocalDate.of(2026, 11, 26)), List.of(new ShipBox("Box 1", "line-1")), shipTo));
        assertTrue(put.get("AddTrackingNumbers").asBoolean());
        assertEquals(posted.get("ShippingAddress"), put.get("ShippingAddress"));
        assertEquals(posted.get("ShippingNotes"), put.get("ShippingNotes"));
        assertEquals(posted.get("RequireBy"), put.get("RequireBy"));
        assertEquals("line-1", put.get("Lines").get(0).get("ID").asText());
        assertEquals("ST-2", put.get("Lines").get(0).get("TrackingNumber").asText());
        assertNull(put.get("Lines").get(0).get("TrackingURL"), "read-only at DEAR");
    }
}
