package io.dearbridge.simulator.fulfilment;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.fulfilment.StageFixtures.pickOrPack;
import static io.dearbridge.simulator.fulfilment.StageFixtures.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Catalogue;
import io.dearbridge.simulator.sale.Sale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoPickAndTrackingTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("TENT-2P-GRN", 2, "STOVE-GAS-01", 3);
    private final String task = sale.fulfilments().get(0).taskId();

    @Test
    void autopickPicksEverythingFromTheSaleLocationAndAuthorises() {
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", task, "AutoPickMode", "AUTOPICK"));
        assertEquals(200, r.status());
        assertEquals("AUTHORISED", obj(r).get("Status"));
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals(2, lines.size());
        assertEquals(0, new BigDecimal("2").compareTo((BigDecimal) lines.get(0).get("Quantity")));
        assertEquals(Catalogue.MAIN_WAREHOUSE, lines.get(0).get("Location"));
        assertEquals(Catalogue.MAIN_WAREHOUSE_ID, lines.get(1).get("LocationID"));
        assertEquals("PICKED", obj(sim.get("sale", "ID", sale.id())).get("CombinedPickingStatus"));
    }

    @Test
    void autopickPicksOnlyWhatOtherFulfilmentsLeft() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        Map<String, Object> f = obj(sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id())));
        String second = (String) list(f.get("Fulfilments")).get(1).get("TaskID");
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", second, "AutoPickMode", "AUTOPICK"));
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals(1, lines.size());
        assertEquals("STOVE-GAS-01", lines.get(0).get("SKU"));
    }

    @Test
    void addTrackingNumbersEditsAnAuthorisedShipmentAndFiresTrackingChanged() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2,
                "STOVE-GAS-01", 3));
        sim.call("POST", "sale/fulfilment/pack", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        Map<String, Object> shipped = obj(sim.call("POST", "sale/fulfilment/ship", Map.of(),
                ship(task, "AUTHORISED", "OLD-1")));
        String lineId = (String) list(shipped.get("Lines")).get(0).get("ID");
        sim.space().webhooks().create(map("Type", "Sale/ShipmentTrackingNumberChanged", "ExternalURL", "http://r/t"));

        DearResponse r = sim.call("PUT", "sale/fulfilment/ship", Map.of(), map("TaskID", task,
                "AddTrackingNumbers", true, "Lines", List.of(map("ID", lineId, "TrackingNumber", "NEW-2",
                        "Carrier", "Australia Post"))));
        assertEquals(200, r.status());
        Map<String, Object> line = list(obj(r).get("Lines")).get(0);
        assertEquals("NEW-2", line.get("TrackingNumber"));
        assertEquals("Australia Post", line.get("Carrier"));
        assertEquals("AUTHORISED", obj(r).get("Status"));
        assertEquals("NEW-2", obj(sim.get("sale", "ID", sale.id())).get("CombinedTrackingNumbers"));
        sim.advance(java.time.Duration.ofMinutes(2));
        assertEquals(1, sim.sent.size());
        assertEquals("{\"SaleTaskID\":\"" + sale.id() + "\",\"SaleOrderNumber\":\"" + sale.orderNumber() + "\"}",
                sim.sent.get(0).body());
    }

    @Test
    void addTrackingNumbersIsOnlyHonouredOnPut() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2,
                "STOVE-GAS-01", 3));
        sim.call("POST", "sale/fulfilment/pack", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "AUTHORISED", "OLD-1"));
        Map<String, Object> body = ship(task, "AUTHORISED", "NEW");
        body.put("AddTrackingNumbers", true);
        assertEquals(400, sim.call("POST", "sale/fulfilment/ship", Map.of(), body).status());
    }

    @Test
    void autopickTakesOnlyTaskIdAndAutoPickModeAsTheVendorDocuments() {
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", task, "AutoPickMode", "AUTOPICK", "Lines", List.of()));
        assertEquals(400, r.status());
        assertEquals("AutoPickMode AUTOPICK takes only TaskID and AutoPickMode; also sent: Lines.",
                io.dearbridge.simulator.TestSim.exception(r));
        assertEquals(200, sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", task, "AutoPickMode", "AUTOPICK")).status());
    }
}
