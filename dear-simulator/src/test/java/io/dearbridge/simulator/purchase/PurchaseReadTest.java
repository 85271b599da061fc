package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.TestSim.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseReadTest {

    private final TestSim sim = new TestSim();

    @Test
    void simpleAndAdvancedAreToldApartByShape() {
        Purchase simple = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        Purchase advanced = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);

        Map<String, Object> s = obj(sim.get("purchase", "ID", simple.id()));
        assertFalse(s.containsKey("Type"));
        assertInstanceOf(Map.class, s.get("StockReceived"));
        assertInstanceOf(Map.class, s.get("Invoice"));
        assertTrue(obj(s.get("Invoice")).containsKey("InvocieNumber"));
        assertEquals("ORDERED", s.get("Status"));
        assertEquals(1, list(obj(s.get("Order")).get("Lines")).size());

        Map<String, Object> a = obj(sim.get("advanced-purchase", "ID", advanced.id()));
        assertEquals("Advanced Purchase", a.get("Type"));
        assertInstanceOf(List.class, a.get("StockReceived"));
        assertInstanceOf(List.class, a.get("PutAway"));
        assertEquals("NOT RECEIVED", a.get("CombinedReceivingStatus"));
    }

    @Test
    void wrongEndpointForTheTypeIsRefusedOrEmpty() {
        Purchase simple = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        Purchase advanced = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);

        DearResponse r = sim.get("purchase", "ID", advanced.id());
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("does not support Advanced Purchase"));
        assertEquals(400, sim.get("purchase/stock", "TaskID", advanced.id()).status());

        Map<String, Object> shell = obj(sim.get("advanced-purchase", "ID", simple.id()));
        assertEquals("", shell.get("Status"));
        assertTrue(list(shell.get("Lines")).isEmpty());
        assertEquals(400, sim.get("advanced-purchase", "ID", "9a0e0000-0000-0000-0000-000000000001").status());
    }

    @Test
    void lastUpdatedDateHasNoZone() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 1);
        String updated = (String) obj(sim.get("purchase", "ID", p.id())).get("LastUpdatedDate");
        assertFalse(updated.endsWith("Z"), updated);
    }

    @Test
    void webhooksCarryTaskIdAndOrderNumberAndAdvancedTaskIdIsNotThePurchaseId() {
        sim.space().webhooks().create(map("Type", "Purchase/OrderAuthorised", "ExternalURL", "http://r/po"));
        Purchase simple = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 1);
        Purchase advanced = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 1);
        sim.advance(Duration.ofMinutes(2));
        assertEquals(2, sim.sent.size());
        assertEquals("{\"TaskID\":\"" + simple.id() + "\",\"PurchaseOrderNumber\":\"" + simple.orderNumber() + "\"}",
                sim.sent.get(0).body());
        assertTrue(sim.sent.get(1).body().contains(advanced.orderNumber()));
        assertFalse(sim.sent.get(1).body().contains(advanced.id()));
    }

    @Test
    void purchaseListSortsOldestFirstAndFiltersTakeOneValue() {
        Purchase a = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 1);
        Purchase b = PurchaseFixtures.raise(sim, "Simple", "INVOICE", "TENT-2P-GRN", 1);
        PurchaseFixtures.invoice(sim, b);

        List<Map<String, Object>> rows = list(obj(sim.get("purchaseList")).get("PurchaseList"));
        assertEquals(List.of(a.orderNumber(), b.orderNumber()), rows.stream().map(r -> r.get("OrderNumber")).toList());
        assertEquals(1, obj(sim.get("purchaseList", "Status", "INVOICED")).get("Total"));
        assertEquals(0, obj(sim.get("purchaseList", "Status", "INVOICED,ORDERED")).get("Total"));
        assertEquals(2, obj(sim.get("purchaseList", "RestockReceivedStatus", "AUTHORISED")).get("Total"));
        assertEquals(0, obj(sim.get("purchaseList", "StockReceivedStatus", "AUTHORISED")).get("Total"));
        assertEquals(2, obj(sim.get("purchaseList", "Type", "Service Purchase")).get("Total"));
        assertEquals(400, sim.get("purchaseList", "Limit", "1001").status());
        assertEquals(200, sim.get("purchaseList", "Limit", "1000").status());
    }

    @Test
    void aPaymentBringsOldPurchasesBackUnderUpdatedSince() {
        Purchase old = sim.sim.purchaseFactory().create(TestSim.ACCOUNT, sim.space().purchases(),
                sim.space().stockroom().locations(), map("age", "P90D", "announce", false));
        sim.advance(Duration.ofMinutes(5));
        String since = PurchaseJson.updated(sim.now);
        sim.advance(Duration.ofMinutes(5));
        assertEquals(0, obj(sim.get("purchaseList", "UpdatedSince", since)).get("Total"));

        sim.sim.purchases().pay(old, sim.now);
        Map<String, Object> page = obj(sim.get("purchaseList", "UpdatedSince", since));
        assertEquals(1, page.get("Total"));
        assertNotEquals(PurchaseJson.updated(sim.now.minus(Duration.ofDays(90))),
                list(page.get("PurchaseList")).get(0).get("LastUpdatedDate"));
        assertEquals(0, obj(sim.get("purchaseList", "UpdatedSince", since, "UpdatedUntil",
                PurchaseJson.updated(sim.now.minusSeconds(1)))).get("Total"));
    }

    @Test
    void purchaseEndpointsGoThroughTheThrottle() {
        sim.space().updateSettings(map("rateLimit", 1));
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 1);
        assertEquals(200, sim.get("purchase", "ID", p.id()).status());
        assertEquals(503, sim.get("purchase", "ID", p.id()).status());
        assertEquals(2, sim.space().calls().since(0).size());
    }

    @Test
    void unsupportedVerbs() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 1);
        assertEquals(405, sim.call("PUT", "purchase/stock", q(), map("TaskID", p.id())).status());
        assertEquals(403, sim.call("PUT", "advanced-purchase/put-away", q(), map("PurchaseID", p.id())).status());
    }
}
