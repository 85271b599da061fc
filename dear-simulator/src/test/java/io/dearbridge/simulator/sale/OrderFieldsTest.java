package io.dearbridge.simulator.sale;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.control.ControlApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a sale carries for the warehouse (docs/dear-api.md §3.2) and the lines DEAR never picks. */
class OrderFieldsTest {

    private final TestSim sim = new TestSim();
    private final ControlApi control = new ControlApi(sim.sim);

    @Test
    void lineCommentAndDropShipAreShownOnTheOrder() {
        Sale sale = sim.newSale(map("lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 1, "comment", "gift wrap"),
                map("sku", "CHAIR-CAMP-LT", "quantity", 2, "dropShip", true))));
        Map<String, Object> s = obj(sim.get("sale", "ID", sale.id()));
        List<Map<String, Object>> lines = list(obj(s.get("Order")).get("Lines"));
        assertEquals("gift wrap", lines.get(0).get("Comment"));
        assertEquals(false, lines.get(0).get("DropShip"));
        assertEquals(true, lines.get(1).get("DropShip"));
        assertTrue(((String) s.get("Phone")).startsWith("+6"));
        assertTrue(((String) s.get("Email")).contains("@"));
        assertEquals("2025-03-14T00:00:00", s.get("ShipBy"));
    }

    @Test
    void aDropShipLineIsNeverPickedAndAutopickLeavesIt() {
        Sale sale = sim.newSale(map("lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 1),
                map("sku", "CHAIR-CAMP-LT", "quantity", 2, "dropShip", true))));
        String task = sale.fulfilments().get(0).taskId();
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(), map("TaskID", task, "Status", "DRAFT",
                "Lines", List.of(map("SKU", "CHAIR-CAMP-LT", "Quantity", 1, "Location", "Main Warehouse"))));
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("drop-ship"));
        Map<String, Object> auto = obj(sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", task, "AutoPickMode", "AUTOPICK")));
        assertEquals(List.of("TENT-2P-GRN"), list(auto.get("Lines")).stream().map(l -> l.get("SKU")).toList());
        assertEquals("PICKED", obj(sim.get("sale", "ID", sale.id())).get("CombinedPickingStatus"),
                "the warehouse's part is all picked");
    }

    @Test
    void aServiceSaleHasNoFulfilmentAndRefusesTheFulfilmentEndpoints() {
        Sale sale = sim.newSale(map("serviceOnly", true, "lines", List.of(map("sku", "INSTALL", "quantity", 1))));
        Map<String, Object> s = obj(sim.get("sale", "ID", sale.id()));
        assertEquals("Service Sale", s.get("Type"));
        assertEquals(true, s.get("ServiceOnly"));
        assertEquals(List.of(), s.get("Fulfilments"));
        assertEquals(400, sim.get("sale/fulfilment", "SaleID", sale.id()).status());
        assertEquals(400, sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", sale.id(), "AutoPickMode", "AUTOPICK")).status());
    }

    @Test
    void anAddressMayCarryOnlyItsDisplayLines() {
        Sale sale = sim.newSale(map("shippingAddress", map("DisplayAddressLine1", "12 Wharf Lane",
                "DisplayAddressLine2", "Brisbane QLD 4000 Australia")));
        Map<String, Object> a = obj(obj(sim.get("sale", "ID", sale.id())).get("ShippingAddress"));
        assertNull(a.get("Line1"));
        assertEquals("12 Wharf Lane", a.get("DisplayAddressLine1"));
        assertEquals("Brisbane QLD 4000 Australia", a.get("DisplayAddressLine2"));
    }

    @Test
    void aFulfilmentMayShipElsewhereThanTheSale() {
        Sale sale = sim.newSale();
        DearResponse r = control.saleAction(TestSim.ACCOUNT, sale.id(), "shipto", map("shippingAddress",
                map("Line1", "Gate 3", "City", "Geelong", "Country", "Australia"), "shippingNotes", "Call ahead"));
        assertEquals(200, r.status());
        Map<String, Object> ship = obj(list(obj(r).get("Fulfilments")).get(0).get("Ship"));
        assertEquals("Gate 3", obj(ship.get("ShippingAddress")).get("Line1"));
        assertEquals("Call ahead", ship.get("ShippingNotes"));
        assertTrue(!"Gate 3".equals(obj(obj(r).get("ShippingAddress")).get("Line1")), "the sale's stays");
    }

    @Test
    void anOrderAuthorisedWithoutAllocationCannotBePickedUntilAllocated() {
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        Sale sale = sim.newSale(map("allocate", false));
        Map<String, Object> s = obj(sim.get("sale", "ID", sale.id()));
        assertEquals("AUTH_NO_ALLOC", obj(s.get("Order")).get("Status"));
        assertEquals("ORDERED", s.get("Status"));
        String task = sale.fulfilments().get(0).taskId();
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(), map("TaskID", task, "AutoPickMode",
                "AUTOPICK"));
        assertEquals(400, r.status());
        assertEquals("Order status must be AUTHORISED to save the pick. Current status: AUTH_NO_ALLOC", exception(r));
        sim.advance(Duration.ofMinutes(2));
        int sent = sim.sent.size();
        assertEquals(200, control.saleAction(TestSim.ACCOUNT, sale.id(), "allocate", Map.of()).status());
        sim.advance(Duration.ofMinutes(2));
        assertEquals(sent, sim.sent.size(), "allocation fires no documented webhook");
        assertEquals(200, sim.call("POST", "sale/fulfilment/pick", Map.of(), map("TaskID", task, "AutoPickMode",
                "AUTOPICK")).status());
        assertEquals("AUTHORISED", obj(obj(sim.get("sale", "ID", sale.id())).get("Order")).get("Status"));
    }
}
