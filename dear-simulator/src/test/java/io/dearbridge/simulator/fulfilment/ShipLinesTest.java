package io.dearbridge.simulator.fulfilment;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.fulfilment.StageFixtures.pickOrPack;
import static io.dearbridge.simulator.fulfilment.StageFixtures.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ship writes: overwrite the document, keep line IDs, TrackingURL read-only (docs/dear-api.md §4.3). */
class ShipLinesTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("TENT-2P-GRN", 2);
    private final String task = sale.fulfilments().get(0).taskId();

    private Map<String, Object> shipped() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        Map<String, Object> body = ship(task, "AUTHORISED", "OLD-1");
        body.put("ShippingAddress", map("Line1", "Unit 4", "City", "Port Melbourne", "Country", "Australia"));
        body.put("ShippingNotes", "Dock B");
        return obj(sim.call("POST", "sale/fulfilment/ship", Map.of(), body));
    }

    private DearResponse addTracking(Map<String, Object> line) {
        return sim.call("PUT", "sale/fulfilment/ship", Map.of(), map("TaskID", task, "AddTrackingNumbers", true,
                "Lines", List.of(line)));
    }

    @Test
    void aTrackingLineWithoutItsIdIsAddedAsANewLine() {
        shipped();
        DearResponse r = addTracking(map("ShipmentDate", "2025-03-11T00:00:00", "Box", "CTN-1",
                "TrackingNumber", "NEW-2", "Carrier", "StarTrack"));
        assertEquals(200, r.status());
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals(2, lines.size(), "no ID: DEAR adds the line, it does not match it by box");
        assertEquals("OLD-1", lines.get(0).get("TrackingNumber"));
    }

    @Test
    void aTrackingLineWithItsIdUpdatesThatLineAndAnUnknownIdIsRefused() {
        String id = (String) list(shipped().get("Lines")).get(0).get("ID");
        DearResponse r = addTracking(map("ID", id, "TrackingNumber", "NEW-2"));
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals(1, lines.size());
        assertEquals(id, lines.get(0).get("ID"));
        assertEquals("NEW-2", lines.get(0).get("TrackingNumber"));
        DearResponse unknown = addTracking(map("ID", "7f000000-0000-0000-0000-000000000001", "TrackingNumber", "X"));
        assertEquals(400, unknown.status());
        assertEquals("Line 1: shipment line with ID 7f000000-0000-0000-0000-000000000001 not found.",
                exception(unknown));
    }

    @Test
    void trackingUrlIsReadOnly() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        Map<String, Object> body = ship(task, "AUTHORISED", "T-1");
        obj(list(body.get("Lines")).get(0)).put("TrackingURL", "https://track.example/T-1");
        Map<String, Object> r = obj(sim.call("POST", "sale/fulfilment/ship", Map.of(), body));
        assertEquals("", list(r.get("Lines")).get(0).get("TrackingURL"));
    }

    @Test
    void aShipPostOverwritesAddressAndNotesWithWhatItCarries() {
        Map<String, Object> withAddress = shipped();
        assertEquals("Dock B", withAddress.get("ShippingNotes"));
        assertEquals("Unit 4", obj(withAddress.get("ShippingAddress")).get("Line1"));

        Sale other = sim.saleWith("TENT-2P-GRN", 1);
        String t = other.fulfilments().get(0).taskId();
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(t, "AUTHORISED", "TENT-2P-GRN", 1));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(t, "AUTHORISED", "TENT-2P-GRN", 1));
        Map<String, Object> bare = obj(sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(t, "AUTHORISED", "X")));
        assertNull(bare.get("ShippingAddress"), "left out: gone, as a POST overwrites the document");
        assertEquals("", bare.get("ShippingNotes"));
    }

    @Test
    void aShipToAddressNeedsLine1AndCountryDisplayLinesAloneAreRefused() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        Map<String, Object> body = ship(task, "AUTHORISED", "T-1");
        body.put("ShippingAddress", map("DisplayAddressLine1", "12 Wharf Lane",
                "DisplayAddressLine2", "Brisbane QLD 4000 Australia"));
        DearResponse noLine1 = sim.call("POST", "sale/fulfilment/ship", Map.of(), body);
        assertEquals(400, noLine1.status());
        assertEquals("ShippingAddress.Line1 is required.", exception(noLine1));
        body.put("ShippingAddress", map("Line1", "12 Wharf Lane", "City", "Brisbane"));
        assertEquals("ShippingAddress.Country is required.",
                exception(sim.call("POST", "sale/fulfilment/ship", Map.of(), body)));
        assertEquals(StageStatus.NOT_AVAILABLE, sale.fulfilments().get(0).shipStatus(), "nothing was shipped");
        body.put("ShippingAddress", map("Line1", "12 Wharf Lane", "Country", "Australia", "ShipToOther", true));
        body.put("RequireBy", "next Tuesday");
        assertEquals("RequireBy is not a valid date: next Tuesday",
                exception(sim.call("POST", "sale/fulfilment/ship", Map.of(), body)));
        assertEquals(StageStatus.NOT_AVAILABLE, sale.fulfilments().get(0).shipStatus(), "still nothing shipped");
        body.remove("RequireBy");
        Map<String, Object> r = obj(sim.call("POST", "sale/fulfilment/ship", Map.of(), body));
        assertEquals(Boolean.TRUE, obj(r.get("ShippingAddress")).get("ShipToOther"));
    }

    @Test
    void anAddTrackingNumbersPutOverwritesTheDocumentToo() {
        String id = (String) list(shipped().get("Lines")).get(0).get("ID");
        Map<String, Object> repeated = obj(sim.call("PUT", "sale/fulfilment/ship", Map.of(), map("TaskID", task,
                "AddTrackingNumbers", true, "RequireBy", "2026-12-01T00:00:00", "ShippingNotes", "Dock B",
                "ShippingAddress", map("Line1", "Unit 4", "Country", "Australia"),
                "Lines", List.of(map("ID", id, "TrackingNumber", "NEW-2")))));
        assertEquals("Unit 4", obj(repeated.get("ShippingAddress")).get("Line1"));
        assertEquals("2026-12-01T00:00:00", repeated.get("RequireBy"));
        Map<String, Object> bare = obj(addTracking(map("ID", id, "TrackingNumber", "NEW-3")));
        assertNull(bare.get("ShippingAddress"), "a PUT without the address wipes it, like the POST");
        assertEquals("", bare.get("ShippingNotes"));
        assertEquals("NEW-3", list(bare.get("Lines")).get(0).get("TrackingNumber"));
    }
}
