package io.dearbridge.simulator.control;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ControlApiTest {

    private final TestSim sim = new TestSim();
    private final ControlApi api = new ControlApi(sim.sim);

    @Test
    void createAccountGeneratesIdsAndTheAccountWorks() {
        DearResponse r = api.createAccount(map("name", "Second Co"));
        assertEquals(201, r.status());
        Map<String, Object> a = obj(r);
        assertEquals(200, sim.callAs((String) a.get("accountId"), (String) a.get("applicationKey"), "GET", "me",
                Map.of(), null).status());
    }

    @Test
    void createSaleReturnsTheSaleAsGetSaleDoes() {
        DearResponse r = api.createSale(TestSim.ACCOUNT, Map.of());
        assertEquals(201, r.status());
        Map<String, Object> sale = obj(r);
        assertEquals(obj(sim.get("sale", "ID", (String) sale.get("ID"))), sale);
        List<Map<String, Object>> lines = list(obj(sale.get("Order")).get("Lines"));
        assertTrue(lines.size() >= 2 && lines.size() <= 4);
        Set<Object> skus = lines.stream().map(l -> l.get("SKU")).collect(Collectors.toSet());
        assertEquals(lines.size(), skus.size());
        assertEquals("ORDERED", sale.get("Status"));
        assertEquals("Main Warehouse", sale.get("Location"));
        assertEquals("NOT AVAILABLE", obj(obj(list(sale.get("Fulfilments")).get(0)).get("Pick")).get("Status"));
        assertNotNull(obj(sale.get("ShippingAddress")).get("City"));
    }

    @Test
    void createSaleWithSpecAndWithoutAuthorising() {
        DearResponse r = api.createSale(TestSim.ACCOUNT, map("orderNumber", "SO-9", "customer", "Acme",
                "location", "Sydney Store", "authorise", false,
                "lines", List.of(map("sku", "ABC", "name", "Thing", "quantity", 2, "price", 5)),
                "shippingAddress", map("Line1", "1 Main St", "City", "Hobart", "Country", "Australia")));
        Map<String, Object> sale = obj(r);
        assertEquals("ORDERING", sale.get("Status"));
        assertEquals("Acme", sale.get("Customer"));
        assertEquals("Hobart", obj(sale.get("ShippingAddress")).get("City"));
        assertTrue(list(sale.get("Fulfilments")).isEmpty());
    }

    @Test
    void userActionsWalkASaleToShippedAndTracking() {
        String id = (String) obj(api.createSale(TestSim.ACCOUNT, Map.of())).get("ID");
        api.saleAction(TestSim.ACCOUNT, id, "pick", null);
        api.saleAction(TestSim.ACCOUNT, id, "pack", null);
        Map<String, Object> shipped = obj(api.saleAction(TestSim.ACCOUNT, id, "ship", null));
        assertEquals("SHIPPED", shipped.get("CombinedShippingStatus"));
        Map<String, Object> ship = obj(obj(list(shipped.get("Fulfilments")).get(0)).get("Ship"));
        assertEquals(DearUserActions.CARRIER, list(ship.get("Lines")).get(0).get("Carrier"));
        Map<String, Object> tracked = obj(api.saleAction(TestSim.ACCOUNT, id, "tracking",
                map("trackingNumber", "NEW123")));
        assertEquals("NEW123", tracked.get("CombinedTrackingNumbers"));
        Map<String, Object> credited = obj(api.saleAction(TestSim.ACCOUNT, id, "creditnote",
                map("restock", true)));
        assertEquals("CREDITED", credited.get("Status"));
        assertEquals(400, api.saleAction(TestSim.ACCOUNT, id, "pick", null).status());
    }

    @Test
    void settingsArePartialUpdates() {
        api.updateSettings(TestSim.ACCOUNT, map("rateLimit", 5));
        Map<String, Object> s = obj(api.settings(TestSim.ACCOUNT));
        assertEquals(5, s.get("rateLimit"));
        assertEquals(60, s.get("rateWindowSeconds"));
        assertEquals(503, s.get("throttleStatus"));
    }

    @Test
    void callLogSinceAndReset() {
        sim.get("me");
        sim.get("saleList", "Page", "1");
        List<?> all = (List<?>) api.calls(TestSim.ACCOUNT, 0).body();
        assertEquals(2, all.size());
        Map<String, Object> second = obj(all.get(1));
        assertEquals("saleList", second.get("path"));
        assertEquals(200, second.get("status"));
        assertEquals(1, ((List<?>) api.calls(TestSim.ACCOUNT, 1).body()).size());
        api.clearCalls(TestSim.ACCOUNT);
        assertEquals(0, ((List<?>) api.calls(TestSim.ACCOUNT, 0).body()).size());
    }

    @Test
    void resetRestoresStartUpState() {
        api.createAccount(map("name", "Temp", "accountId", "abc"));
        api.createSale(TestSim.ACCOUNT, Map.of());
        api.updateSettings(TestSim.ACCOUNT, map("rateLimit", 1));
        api.reset();
        assertNull(sim.sim.space("abc"));
        assertEquals(0, obj(sim.get("saleList")).get("Total"));
        assertEquals(60, obj(api.settings(TestSim.ACCOUNT)).get("rateLimit"));
    }

    @Test
    void unknownAccountIs404() {
        assertEquals(404, api.settings("nope").status());
    }

    @Test
    void aWebhookBodyWrittenByTheTestIsDeliveredAsIsAndRetriedLikeAnyOther() {
        sim.space().webhooks().create(map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://r/a"));
        sim.receiverStatus = 400;
        assertEquals(202, api.sendWebhook(TestSim.ACCOUNT, map("type", "Sale/OrderAuthorised",
                "body", map("SaleOrderNumber", "SO-1"))).status());
        sim.advance(java.time.Duration.ofMinutes(80));
        assertEquals(6, sim.sent.size());
        assertEquals("{\"SaleOrderNumber\":\"SO-1\"}", sim.sent.get(0).body());
        assertEquals(false, sim.space().webhooks().all().get(0).active(), "six refusals switch the webhook off");
        assertEquals(400, api.sendWebhook(TestSim.ACCOUNT, map("type", "Sale/OrderAuthorised")).status());
    }

    @Test
    void aPaymentSetsThePaymentStatusAndMayLeakTheOldRowAsDearDoes() {
        String id = (String) obj(api.createSale(TestSim.ACCOUNT, Map.of())).get("ID");
        String created = (String) obj(sim.get("sale", "ID", id)).get("LastModifiedOn");
        sim.advance(java.time.Duration.ofMinutes(5));
        String since = io.dearbridge.simulator.time.DearDates.timestamp(sim.now.minusSeconds(1));
        assertEquals(0, list(obj(sim.get("saleList", "UpdatedSince", since)).get("SaleList")).size());

        api.updateSettings(TestSim.ACCOUNT, map("leakOldRows", true));
        Map<String, Object> paid = obj(api.saleAction(TestSim.ACCOUNT, id, "pay", map("status", "PREPAID")));
        assertEquals("PREPAID", paid.get("CombinedPaymentStatus"));
        assertEquals(created, paid.get("LastModifiedOn"), "a leaked payment leaves LastModifiedOn");
        List<Map<String, Object>> rows = list(obj(sim.get("saleList", "UpdatedSince", since)).get("SaleList"));
        assertEquals(1, rows.size(), "listed under UpdatedSince although not changed after it");
        assertEquals(created, rows.get(0).get("Updated"));
        assertEquals(400, api.saleAction(TestSim.ACCOUNT, id, "pay", map("status", "LATER")).status());
    }

    @Test
    void aBulkRestampGivesManySalesOneUpdated() {
        String a = (String) obj(api.createSale(TestSim.ACCOUNT, Map.of())).get("ID");
        String b = (String) obj(api.createSale(TestSim.ACCOUNT, Map.of())).get("ID");
        sim.advance(java.time.Duration.ofMinutes(5));
        Map<String, Object> stamped = obj(api.restamp(TestSim.ACCOUNT, map("saleIds", List.of(a, b))));
        assertEquals(2, stamped.get("count"));
        assertEquals(stamped.get("updated"), obj(sim.get("sale", "ID", a)).get("LastModifiedOn"));
        assertEquals(stamped.get("updated"), obj(sim.get("sale", "ID", b)).get("LastModifiedOn"));
    }
}
