package io.dearbridge.simulator.fulfilment;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.fulfilment.StageFixtures.pickOrPack;
import static io.dearbridge.simulator.fulfilment.StageFixtures.ship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FulfilmentTasksAndStatusesTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("TENT-2P-GRN", 2, "STOVE-GAS-01", 3);
    private final String task = sale.fulfilments().get(0).taskId();

    private Map<String, Object> saleJson() {
        return obj(sim.get("sale", "ID", sale.id()));
    }

    private void assertStatuses(String status, String pick, String pack, String ship, String fulfilment) {
        Map<String, Object> s = saleJson();
        assertEquals(status, s.get("Status"));
        assertEquals(pick, s.get("CombinedPickingStatus"));
        assertEquals(pack, s.get("CombinedPackingStatus"));
        assertEquals(ship, s.get("CombinedShippingStatus"));
        assertEquals(fulfilment, s.get("FulFilmentStatus"));
    }

    @Test
    void combinedStatusesFollowEachStageAndLastModifiedMoves() {
        assertStatuses("ORDERED", "NOT PICKED", "NOT PACKED", "NOT SHIPPED", "NOT FULFILLED");
        String before = (String) saleJson().get("LastModifiedOn");
        sim.advance(Duration.ofSeconds(3));
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        assertStatuses("PICKING", "PICKING", "NOT PACKED", "NOT SHIPPED", "NOT FULFILLED");
        assertNotEquals(before, saleJson().get("LastModifiedOn"));
        sim.call("POST", "sale/fulfilment/pick", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        assertStatuses("PICKED", "PICKED", "NOT PACKED", "NOT SHIPPED", "NOT FULFILLED");
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        assertStatuses("PACKING", "PICKED", "PACKING", "NOT SHIPPED", "NOT FULFILLED");
        sim.call("POST", "sale/fulfilment/pack", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        assertStatuses("PACKED", "PICKED", "PACKED", "NOT SHIPPED", "NOT FULFILLED");
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "DRAFT", "AB1"));
        assertStatuses("SHIPPING", "PICKED", "PACKED", "SHIPPING", "NOT FULFILLED");
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "AUTHORISED", "AB1"));
        assertStatuses("INVOICING", "PICKED", "PACKED", "SHIPPED", "FULFILLED");
        assertEquals("AB1", saleJson().get("CombinedTrackingNumbers"));
        assertEquals("FULFILLED", list(saleJson().get("Fulfilments")).get(0).get("FulFilmentStatus"));
    }

    @Test
    void stageAuthorisationsFireTheirWebhooks() {
        for (String type : List.of("Sale/PickAuthorised", "Sale/PackAuthorised", "Sale/ShipmentAuthorised")) {
            sim.space().webhooks().create(map("Type", type, "ExternalURL", "http://r/" + type));
        }
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(0, sim.sent.size(), "no events for draft saves");
        sim.call("POST", "sale/fulfilment/pick", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        sim.call("POST", "sale/fulfilment/pack", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2, "STOVE-GAS-01", 3));
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "AUTHORISED", "AB1"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(List.of("http://r/Sale/PickAuthorised", "http://r/Sale/PackAuthorised",
                "http://r/Sale/ShipmentAuthorised"), sim.sent.stream().map(TestSim.Sent::url).toList());
    }

    @Test
    void furtherFulfilmentRejectedUntilEveryPickAuthorised() {
        DearResponse r = sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id()));
        assertEquals(400, r.status());
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "DRAFT", "TENT-2P-GRN", 2));
        assertEquals(400, sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id())).status());
        assertEquals("Simple Sale", saleJson().get("Type"));
    }

    @Test
    void furtherFulfilmentRejectedWhenOrderNotAuthorised() {
        Sale draft = sim.newSale(map("authorise", false));
        assertEquals(400, sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", draft.id())).status());
    }

    @Test
    void furtherFulfilmentMakesAnAdvancedSaleAndPartialShipping() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        DearResponse r = sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id()));
        assertEquals(200, r.status());
        List<Map<String, Object>> fs = list(obj(r).get("Fulfilments"));
        assertEquals(2, fs.size());
        assertEquals(2, fs.get(1).get("FulfillmentNumber"));
        assertEquals("NOT AVAILABLE", obj(fs.get(1).get("Pick")).get("Status"));
        assertEquals("Advanced Sale", saleJson().get("Type"));
        assertEquals("PARTIALLY PICKED", saleJson().get("CombinedPickingStatus"));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "AUTHORISED", "AB1"));
        assertEquals("PARTIALLY SHIPPED", saleJson().get("CombinedShippingStatus"));
        assertEquals("PARTIALLY FULFILLED", saleJson().get("FulFilmentStatus"));
        Map<String, Object> got = obj(sim.get("sale/fulfilment", "SaleID", sale.id()));
        assertEquals(sale.id(), got.get("SaleID"));
        assertEquals(2, list(got.get("Fulfilments")).size());
    }

    @Test
    void advancedSaleShipmentPayloadCarriesTheFulfilmentTask() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id()));
        sim.space().webhooks().create(map("Type", "Sale/ShipmentAuthorised", "ExternalURL", "http://r/s"));
        sim.call("POST", "sale/fulfilment/pack", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        sim.call("POST", "sale/fulfilment/ship", Map.of(), ship(task, "AUTHORISED", "AB1"));
        sim.advance(Duration.ofMinutes(2));
        assertTrue(sim.sent.get(0).body().contains("\"SaleTaskID\":\"" + task + "\""));
    }

    @Test
    void fulfilmentDeleteOnlyOnAdvancedSale() {
        DearResponse r = sim.call("DELETE", "sale/fulfilment", TestSim.q("TaskID", task, "Void", "true"), null);
        assertEquals(400, r.status());
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 2));
        Map<String, Object> f = obj(sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id())));
        String second = (String) list(f.get("Fulfilments")).get(1).get("TaskID");
        DearResponse voided = sim.call("DELETE", "sale/fulfilment", TestSim.q("TaskID", second, "Void", "true"), null);
        assertEquals(200, voided.status());
        Map<String, Object> dead = list(obj(voided).get("Fulfilments")).get(1);
        assertEquals("NOT FULFILLED", dead.get("FulFilmentStatus"), "the vendor example's shape");
        assertEquals("VOIDED", obj(dead.get("Pick")).get("Status"));
        assertEquals("VOIDED", obj(dead.get("Pack")).get("Status"));
        assertEquals("VOIDED", obj(dead.get("Ship")).get("Status"));
        DearResponse undone = sim.call("DELETE", "sale/fulfilment", TestSim.q("TaskID", task, "Void", "false"), null);
        assertEquals("DRAFT", obj(list(obj(undone).get("Fulfilments")).get(0).get("Pick")).get("Status"));
    }

    @Test
    void aVoidedFulfilmentTakesNoPickAndAnUndoneSalesOldTaskIsGone() {
        sim.call("POST", "sale/fulfilment/pick", Map.of(), pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 1));
        Map<String, Object> f = obj(sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id())));
        String second = (String) list(f.get("Fulfilments")).get(1).get("TaskID");
        sim.call("DELETE", "sale/fulfilment", TestSim.q("TaskID", second, "Void", "true"), null);
        assertEquals(400, sim.call("POST", "sale/fulfilment/pick", Map.of(),
                pickOrPack(second, "AUTHORISED", "TENT-2P-GRN", 1)).status(), "a voided pick cannot be saved");
        sim.sim.lifecycle().undo(sale);
        sim.sim.lifecycle().authorise(sale);
        String fresh = sale.fulfilments().get(0).taskId();
        assertEquals(1, sale.fulfilments().size());
        assertTrue(!fresh.equals(task) && !fresh.equals(second));
        DearResponse old = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                pickOrPack(task, "AUTHORISED", "TENT-2P-GRN", 1));
        assertEquals(400, old.status());
        assertEquals("Task with TaskID " + task + " not found.", TestSim.exception(old));
    }
}
