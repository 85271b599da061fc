package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.TestSim.q;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.line;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.stock.Place;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseVoidUndoTest {

    private final TestSim sim = new TestSim();

    @Test
    void voidIsForGoodTakesTheStockBackOutAndFiresNothing() {
        sim.space().webhooks().create(map("Type", "Purchase/OrderAuthorised", "ExternalURL", "http://r/po"));
        Place binA = new Place(sim.space().stockroom().locations().list().get(0),
                sim.space().stockroom().locations().list().get(0).bin("A-03-02").orElseThrow());
        sim.space().stockroom().stock().set("TENT-2P-GRN", binA, null, null, BigDecimal.ZERO);
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, binA.name()))));
        sim.advance(Duration.ofMinutes(2));
        int before = sim.sent.size();

        DearResponse r = sim.call("DELETE", "purchase", q("ID", p.id(), "Void", "true"), null);
        assertEquals(200, r.status());
        assertEquals("VOIDED", obj(r).get("Status"));
        assertEquals("VOIDED", obj(obj(r).get("StockReceived")).get("Status"));
        assertEquals(0, BigDecimal.ZERO.compareTo((BigDecimal) sim.space().stockroom().stock().toJson().get(0)
                .get("onHand")));
        assertEquals(400, sim.call("DELETE", "purchase", q("ID", p.id(), "Void", "true"), null).status());
        assertEquals(400, sim.call("DELETE", "purchase", q("ID", p.id()), null).status());
        assertEquals(1, obj(sim.get("purchaseList", "Status", "VOIDED")).get("Total"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(before, sim.sent.size());
    }

    @Test
    void undoGoesBackToAnOrderDraftThatMustBeAuthorisedAgain() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "INVOICE", "TENT-2P-GRN", 10);
        PurchaseFixtures.invoice(sim, p);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, "Main Warehouse"))));
        DearResponse r = sim.call("DELETE", "purchase", q("ID", p.id()), null);
        assertEquals(200, r.status());
        assertEquals("ORDERING", obj(r).get("Status"));
        assertEquals("DRAFT", obj(obj(r).get("StockReceived")).get("Status"));
        assertEquals("DRAFT", obj(obj(r).get("Invoice")).get("Status"));
        DearResponse refused = post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED",
                "Lines", List.of()));
        assertEquals(400, refused.status());
        sim.sim.purchases().authoriseOrder(p);
        assertEquals("RECEIVING", obj(sim.get("purchase", "ID", p.id())).get("Status"), "stock is a draft again");
    }

    @Test
    void theAdvancedPathVoidsAdvancedPurchasesAndTheSimplePathRefusesThem() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        assertEquals(400, sim.call("DELETE", "purchase", q("ID", p.id(), "Void", "true"), null).status());
        DearResponse r = sim.call("DELETE", "advanced-purchase", q("ID", p.id(), "Void", "true"), null);
        assertEquals(200, r.status());
        assertEquals("VOIDED", obj(r).get("CombinedReceivingStatus"));
        assertTrue(list(obj(r).get("StockReceived")).isEmpty());
    }
}
