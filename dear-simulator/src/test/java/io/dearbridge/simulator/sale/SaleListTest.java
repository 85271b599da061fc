package io.dearbridge.simulator.sale;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.time.DearDates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleListTest {

    private final TestSim sim = new TestSim();

    @Test
    void pagesCarryTotalAndDefaultLimitIs100() {
        for (int i = 0; i < 105; i++) {
            sim.newSale();
        }
        Map<String, Object> p1 = obj(sim.get("saleList"));
        assertEquals(105, p1.get("Total"));
        assertEquals(1, p1.get("Page"));
        assertEquals(100, list(p1.get("SaleList")).size());
        Map<String, Object> p2 = obj(sim.get("saleList", "page", "2", "limit", "100"));
        assertEquals(5, list(p2.get("SaleList")).size());
        assertEquals(2, p2.get("Page"));
    }

    @Test
    void limitAbove1000IsRejectedAnd1000Accepted() {
        sim.newSale();
        assertEquals(400, sim.get("saleList", "Limit", "1001").status());
        assertEquals(400, sim.get("saleList", "Limit", "0").status());
        assertEquals(200, sim.get("saleList", "Limit", "1000").status());
    }

    @Test
    void rowsHaveTheFixtureFields() {
        Sale s = sim.newSale(map("orderNumber", "SO-01482"));
        Map<String, Object> row = list(obj(sim.get("saleList")).get("SaleList")).get(0);
        assertEquals(s.id(), row.get("SaleID"));
        assertEquals("SO-01482", row.get("OrderNumber"));
        assertEquals("ORDERED", row.get("Status"));
        assertEquals("AUTHORISED", row.get("OrderStatus"));
        assertEquals("NOT PICKED", row.get("CombinedPickingStatus"));
        assertEquals("NOT FULFILLED", row.get("FulFilmentStatus"));
        assertEquals(Catalogue.MAIN_WAREHOUSE_ID, row.get("OrderLocationID"));
        assertTrue(((String) row.get("Updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"));
        assertTrue(((String) row.get("OrderDate")).endsWith("T00:00:00"));
    }

    @Test
    void filtersByStatusesLocationAndReadyForShipping() {
        Sale picked = sim.newSale();
        Sale packed = sim.newSale();
        Sale other = sim.newSale(map("location", "Sydney Store"));
        sim.newSale(map("authorise", false));
        var actions = sim.sim.actions();
        actions.pick(sim.space().sales(), picked, Map.of());
        actions.pick(sim.space().sales(), packed, Map.of());
        actions.pack(sim.space().sales(), packed, Map.of());

        assertEquals(List.of(picked.id()), ids(sim.get("saleList", "CombinedPickStatus", "PICKED",
                "CombinedPackStatus", "NOT PACKED")));
        assertEquals(List.of(packed.id()), ids(sim.get("saleList", "ReadyForShipping", "true")));
        assertEquals(List.of(packed.id()), ids(sim.get("saleList", "Status", "PACKED")));
        assertEquals(1, ids(sim.get("saleList", "OrderStatus", "DRAFT")).size());
        assertEquals(List.of(other.id()), ids(sim.get("saleList", "OrderLocationID", other.locationId())));
        assertEquals(3, ids(sim.get("saleList", "CombinedShippingStatus", "NOT SHIPPED")).size());
    }

    @Test
    void searchMatchesOrderNumberCustomerAndReference() {
        sim.newSale(map("orderNumber", "SO-77777", "customer", "Zebra Camping"));
        sim.newSale(map("orderNumber", "SO-88888", "customer", "Other"));
        assertEquals(1, ids(sim.get("saleList", "Search", "7777")).size());
        assertEquals(1, ids(sim.get("saleList", "search", "zebra")).size());
        assertEquals(2, ids(sim.get("saleList", "Search", "PO-")).size());
    }

    @Test
    void updatedSinceReturnsOnlyLaterChanges() {
        Sale old = sim.newSale();
        sim.advance(Duration.ofMinutes(5));
        String cursor = DearDates.timestamp(sim.now);
        sim.advance(Duration.ofSeconds(1));
        Sale fresh = sim.newSale();
        assertEquals(List.of(fresh.id()), ids(sim.get("saleList", "UpdatedSince", cursor)));
        sim.sim.lifecycle().touch(old);
        assertEquals(2, ids(sim.get("saleList", "UpdatedSince", cursor.replace("Z", ""))).size());
        assertEquals(400, sim.get("saleList", "UpdatedSince", "yesterday").status());
    }

    private static List<Object> ids(DearResponse r) {
        assertEquals(200, r.status(), () -> String.valueOf(r.body()));
        return list(obj(r).get("SaleList")).stream().map(m -> m.get("SaleID")).toList();
    }
}
