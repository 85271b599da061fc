package io.dearbridge.simulator.sale;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.TestSim.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoidUndoTest {

    private final TestSim sim = new TestSim();

    @Test
    void voidIsPermanentAndFiresVoided() {
        Sale sale = sim.newSale();
        sim.space().webhooks().create(map("Type", "Sale/Voided", "ExternalURL", "http://r/v"));
        DearResponse r = sim.call("DELETE", "sale", q("ID", sale.id(), "Void", "true"), null);
        assertEquals(200, r.status());
        assertEquals("VOIDED", obj(r).get("Status"));
        assertEquals("VOIDED", obj(obj(r).get("Order")).get("Status"));
        assertEquals("VOIDED", obj(list(obj(r).get("Fulfilments")).get(0).get("Pick")).get("Status"));
        assertEquals(400, sim.call("DELETE", "sale", q("ID", sale.id(), "Void", "false"), null).status());
        assertEquals(400, sim.call("DELETE", "sale", q("ID", sale.id(), "Void", "true"), null).status());
        sim.advance(Duration.ofMinutes(2));
        assertEquals("{\"SaleID\":\"" + sale.id() + "\",\"SaleOrderNumber\":\"" + sale.orderNumber() + "\"}",
                sim.sent.get(0).body());
    }

    @Test
    void undoReturnsToDraftKeepingLinesAndNeedsReauthorisation() {
        Sale sale = sim.saleWith("TENT-2P-GRN", 2);
        String oldTask = sale.fulfilments().get(0).taskId();
        sim.sim.actions().pick(sim.space().sales(), sale, Map.of());
        sim.space().webhooks().create(map("Type", "Sale/Undo", "ExternalURL", "http://r/u"));
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));

        DearResponse r = sim.call("DELETE", "sale", q("ID", sale.id()), null);
        assertEquals(200, r.status());
        Map<String, Object> s = obj(r);
        assertEquals("ORDERING", s.get("Status"));
        assertEquals("DRAFT", obj(s.get("Order")).get("Status"));
        assertEquals(1, list(obj(s.get("Order")).get("Lines")).size());
        assertTrue(list(s.get("Fulfilments")).isEmpty());
        assertEquals("NOT AVAILABLE", s.get("CombinedPickingStatus"));
        assertEquals(400, sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", oldTask, "AutoPickMode", "AUTOPICK")).status());

        sim.sim.lifecycle().replaceLines(sale, SaleFactory.lines(List.of(map("sku", "STOVE-GAS-01", "quantity", 1))));
        sim.sim.lifecycle().authorise(sale);
        Map<String, Object> again = obj(sim.get("sale", "ID", sale.id()));
        assertEquals("ORDERED", again.get("Status"));
        assertNotEquals(oldTask, list(again.get("Fulfilments")).get(0).get("TaskID"));
        assertEquals("STOVE-GAS-01", list(obj(again.get("Order")).get("Lines")).get(0).get("SKU"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(List.of("http://r/u", "http://r/a"), sim.sent.stream().map(TestSim.Sent::url).toList());
    }

    @Test
    void linesCanOnlyBeReplacedInDraft() {
        Sale sale = sim.newSale();
        DearResponse r = new io.dearbridge.simulator.control.ControlApi(sim.sim).saleAction(TestSim.ACCOUNT,
                sale.id(), "lines", map("lines", List.of(map("sku", "X", "quantity", 1))));
        assertEquals(400, r.status());
    }

    @Test
    void backorderSetsQuantitiesStatusAndFires() {
        Sale sale = sim.saleWith("TENT-2P-GRN", 4);
        sim.space().webhooks().create(map("Type", "Sale/Backordered", "ExternalURL", "http://r/b"));
        DearResponse r = new io.dearbridge.simulator.control.ControlApi(sim.sim).saleAction(TestSim.ACCOUNT,
                sale.id(), "backorder", map("lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 3))));
        assertEquals(200, r.status());
        assertEquals("BACKORDERED", obj(r).get("Status"));
        Map<String, Object> line = list(obj(obj(r).get("Order")).get("Lines")).get(0);
        assertEquals(true, line.get("Backorder"));
        sim.sim.actions().pick(sim.space().sales(), sale, Map.of());
        assertEquals("PARTIALLY PICKED", obj(sim.get("sale", "ID", sale.id())).get("CombinedPickingStatus"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(1, sim.sent.size());
    }
}
