package io.dearbridge.simulator.sale;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.control.ControlApi;
import io.dearbridge.simulator.time.DearDates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaleSeederTest {

    private final TestSim sim = new TestSim();
    private final ControlApi api = new ControlApi(sim.sim);

    @Test
    void thousandSalesInOneCallAllInThePastAndAnnouncedToNobody() {
        sim.call("POST", "webhooks", null, map("Type", "Sale/OrderAuthorised", "ExternalURL", "http://bridge/x",
                "ExternalAuthorizationType", "noauth"));
        var r = api.seedSales(TestSim.ACCOUNT, map("count", 1000, "age", "P30D"));
        assertEquals(201, r.status());
        assertEquals(1000, ((List<?>) obj(r).get("saleIds")).size());
        sim.advance(Duration.ofHours(3));
        assertTrue(sim.sent.isEmpty(), "seeded sales fired webhooks: " + sim.sent.size());

        Map<String, Object> all = obj(sim.get("saleList", "Limit", "1000"));
        assertEquals(1000, all.get("Total"));
        for (Map<String, Object> row : list(all.get("SaleList"))) {
            assertEquals("AUTHORISED", row.get("OrderStatus"));
            assertTrue(DearDates.parse((String) row.get("Updated"), "Updated").isBefore(sim.now.minus(Duration.ofDays(29))));
        }
        String weekAgo = DearDates.timestamp(sim.now.minus(Duration.ofDays(7)));
        assertEquals(0, obj(sim.get("saleList", "UpdatedSince", weekAgo)).get("Total"));
    }

    @Test
    void aSeededSaleChangedTodayIsTheOnlyOneUpdatedSinceAWeekAgo() {
        var r = api.seedSales(TestSim.ACCOUNT, map("count", 50));
        String changed = ((List<?>) obj(r).get("saleIds")).get(17).toString();
        assertEquals(200, api.saleAction(TestSim.ACCOUNT, changed, "void", Map.of()).status());
        List<Map<String, Object>> rows = list(obj(sim.get("saleList", "UpdatedSince",
                DearDates.timestamp(sim.now.minus(Duration.ofDays(7))))).get("SaleList"));
        assertEquals(1, rows.size());
        assertEquals(changed, rows.get(0).get("SaleID"));
        assertEquals("VOIDED", rows.get(0).get("Status"));
    }

    @Test
    void refusesCountsOutOfRangeAndAnAgeTooShort() {
        assertEquals(400, api.seedSales(TestSim.ACCOUNT, map("count", 0)).status());
        assertEquals(400, api.seedSales(TestSim.ACCOUNT, map("count", SaleSeeder.MAX + 1)).status());
        assertEquals(400, api.seedSales(TestSim.ACCOUNT, map("count", 1000, "age", "PT1S")).status());
        assertEquals(400, api.seedSales(TestSim.ACCOUNT, map("count", 10, "age", "thirty days")).status());
        assertEquals(0, obj(sim.get("saleList")).get("Total"));
    }
}
