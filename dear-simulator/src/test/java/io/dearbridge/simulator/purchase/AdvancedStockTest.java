package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.TestSim.q;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.line;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvancedStockTest {

    private static final String BIN_A = "Main Warehouse: A-03-02";
    private static final String BIN_B = "Main Warehouse: B-01-01";

    private final TestSim sim = new TestSim();

    private DearResponse stock(Purchase p, String taskId, String status, Object... lines) {
        Map<String, Object> body = map("PurchaseID", p.id(), "Status", status, "Lines", List.of(lines));
        if (taskId != null) {
            body.put("TaskID", taskId);
        }
        return post(sim, "advanced-purchase/stock", body);
    }

    private DearResponse putAway(Purchase p, String taskId, String status, Object... lines) {
        return post(sim, "advanced-purchase/put-away", map("PurchaseID", p.id(), "TaskID", taskId, "Status", status,
                "Lines", List.of(lines)));
    }

    private static String lastTask(DearResponse r, String key) {
        List<Map<String, Object>> tasks = list(obj(r).get(key));
        return (String) tasks.get(tasks.size() - 1).get("TaskID");
    }

    @Test
    void eachPostWithoutTaskIdIsItsOwnTaskAndPutAwayGoesToBins() {
        sim.space().webhooks().create(map("Type", "Purchase/StockReceivedAuthorised", "ExternalURL", "http://r/sr"));
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        DearResponse first = stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 6, null));
        assertEquals(200, first.status());
        String t1 = lastTask(first, "StockReceiving");
        assertNotEquals(p.id(), t1);
        assertNull(list(list(obj(first).get("StockReceiving")).get(0).get("Lines")).get(0).get("Location"));
        assertEquals(200, putAway(p, t1, "AUTHORISED", line("TENT-2P-GRN", 4, BIN_A),
                line("TENT-2P-GRN", 2, BIN_B)).status());

        DearResponse second = stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 4, null));
        String t2 = lastTask(second, "StockReceiving");
        assertNotEquals(t1, t2);
        assertEquals(2, list(obj(second).get("StockReceiving")).size());
        assertEquals("PARTIALLY RECEIVED", obj(sim.get("advanced-purchase", "ID", p.id())).get("CombinedReceivingStatus"));
        assertEquals(200, putAway(p, t2, "AUTHORISED", line("TENT-2P-GRN", 4, BIN_B)).status());

        Map<String, Object> doc = obj(sim.get("advanced-purchase", "ID", p.id()));
        assertEquals("FULLY RECEIVED", doc.get("CombinedReceivingStatus"));
        List<Map<String, Object>> putAways = list(doc.get("PutAway"));
        assertEquals(2, putAways.size());
        String stockCard = (String) list(list(doc.get("StockReceived")).get(0).get("Lines")).get(0).get("CardID");
        String putAwayCard = (String) list(putAways.get(0).get("Lines")).get(0).get("CardID");
        assertNotEquals(stockCard, putAwayCard);
        sim.advance(Duration.ofMinutes(2));
        assertEquals(2, sim.sent.size());
        assertTrue(sim.sent.get(0).body().contains(t1));
    }

    @Test
    void putAwayBeforeStockIsAuthorisedIsRefused() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        String t = lastTask(stock(p, null, "DRAFT", line("TENT-2P-GRN", 6, null)), "StockReceiving");
        DearResponse r = putAway(p, t, "AUTHORISED", line("TENT-2P-GRN", 6, BIN_A));
        assertEquals(400, r.status());
        assertEquals(PurchaseService.PUT_AWAY_FIRST, exception(r));
    }

    @Test
    void putAwayCannotExceedOrFallShortOfWhatWasReceived() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        String t = lastTask(stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 6, null)), "StockReceiving");
        assertEquals(400, putAway(p, t, "DRAFT", line("TENT-2P-GRN", 7, BIN_A)).status());
        assertEquals(400, putAway(p, t, "AUTHORISED", line("TENT-2P-GRN", 5, BIN_A)).status());
        assertEquals(400, putAway(p, t, "AUTHORISED", line("TENT-2P-GRN", 6, null)).status());
        assertEquals("NOT AVAILABLE", list(obj(sim.get("advanced-purchase/put-away", "PurchaseID", p.id()))
                .get("PutAway")).get(0).get("Status"));
    }

    @Test
    void theSameSkuAgainOnOneTaskIsTheDuplicateError() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        String t = lastTask(stock(p, null, "DRAFT", line("TENT-2P-GRN", 6, BIN_A)), "StockReceiving");
        DearResponse r = stock(p, t, "DRAFT", line("TENT-2P-GRN", 4, BIN_B));
        assertEquals(400, r.status());
        assertTrue(exception(r).startsWith("Cannot add duplicate value"), exception(r));
    }

    @Test
    void invoiceFirstGatesStockAndTheInvoicedTaskTakesIt() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "INVOICE", "TENT-2P-GRN", 10);
        DearResponse r = stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 10, null));
        assertEquals(400, r.status());
        assertEquals(PurchaseService.INVOICE_FIRST, exception(r));
        PurchaseTask invoiced = sim.sim.purchases().authoriseInvoice(p, null, null);
        String t = lastTask(stock(p, invoiced.taskId(), "AUTHORISED", line("TENT-2P-GRN", 10, null)),
                "StockReceiving");
        assertEquals(invoiced.taskId(), t);
        DearResponse draft = putAway(p, t, "DRAFT", line("TENT-2P-GRN", 10, BIN_A));
        assertEquals(400, draft.status(), "invoice lines match the receiving: only AUTHORISED");
        assertEquals(200, putAway(p, t, "AUTHORISED", line("TENT-2P-GRN", 10, BIN_A)).status());
    }

    @Test
    void writingToAdvancedEndpointsConvertsASimplePurchase() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        assertEquals(200, stock(p, null, "DRAFT", line("TENT-2P-GRN", 4, null)).status());
        assertEquals(400, sim.get("purchase", "ID", p.id()).status());
        assertEquals("Advanced Purchase", obj(sim.get("advanced-purchase", "ID", p.id())).get("Type"));
    }

    @Test
    void aSimplePurchaseConvertedByAStockWriteKeepsItsDraftLinesOnTheRenamedGroup() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "DRAFT", "Lines",
                List.of(line("TENT-2P-GRN", 4, BIN_A))));
        DearResponse again = stock(p, p.id(), "DRAFT", line("TENT-2P-GRN", 4, null));
        assertEquals(400, again.status(), "the same SKU again on the group is the duplicate");
        assertEquals(Purchase.SIMPLE, p.type(), "a refused write converts nothing");
        DearResponse r = stock(p, p.id(), "AUTHORISED", line("STOVE-GAS-01", 1, null));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        List<Map<String, Object>> tasks = list(obj(r).get("StockReceiving"));
        assertEquals(1, tasks.size());
        assertNotEquals(p.id(), tasks.get(0).get("TaskID"));
        assertEquals(2, list(tasks.get(0).get("Lines")).size());
        assertEquals(400, putAway(p, p.id(), "AUTHORISED", line("TENT-2P-GRN", 4, BIN_A)).status(),
                "the old simple TaskID names nothing now");
    }

    @Test
    void putAwayOnASimplePurchaseIsRefusedAndConvertsNothing() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        assertEquals(400, putAway(p, p.id(), "AUTHORISED", line("TENT-2P-GRN", 10, BIN_B)).status());
        assertEquals(Purchase.SIMPLE, p.type());
    }

    @Test
    void aConversionByADearUserIsIrreversibleAndRenumbersTheGroupAndItsCards() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        String simpleCard = (String) list(obj(sim.get("purchase/stock", "TaskID", p.id())).get("Lines")).get(0)
                .get("CardID");
        String before = PurchaseJson.updated(p.lastUpdated());
        sim.advance(Duration.ofSeconds(5));
        sim.sim.purchases().convert(p);
        Map<String, Object> doc = obj(sim.get("advanced-purchase", "ID", p.id()));
        Map<String, Object> group = list(doc.get("PutAway")).get(0);
        assertNotEquals(p.id(), group.get("TaskID"));
        assertEquals("AUTHORISED", group.get("Status"));
        assertNotEquals(simpleCard, list(group.get("Lines")).get(0).get("CardID"));
        assertEquals("FULLY RECEIVED", doc.get("CombinedReceivingStatus"));
        assertNotEquals(before, doc.get("LastUpdatedDate"));
        assertEquals(400, sim.get("purchase", "ID", p.id()).status());
        assertThrowsBadRequest(() -> sim.sim.purchases().convert(p));
    }

    @Test
    void stockTaskUndoAndVoidKeepTheTaskAndSimplePurchasesHaveNoTaskDelete() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        String t = lastTask(stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 6, null)), "StockReceiving");
        DearResponse undo = sim.call("DELETE", "advanced-purchase/stock", q("TaskID", t, "Void", "false"), null);
        assertEquals(200, undo.status());
        assertEquals("DRAFT", list(obj(undo).get("StockReceiving")).get(0).get("Status"));
        assertEquals(200, sim.call("DELETE", "advanced-purchase/stock", q("TaskID", t, "Void", "true"), null).status());
        assertEquals("VOIDED", list(obj(sim.get("advanced-purchase/stock", "PurchaseID", p.id()))
                .get("StockReceiving")).get(0).get("Status"));
        Purchase simple = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", simple.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        DearResponse refused = sim.call("DELETE", "advanced-purchase/stock", q("TaskID", simple.id(), "Void", "true"),
                null);
        assertEquals(400, refused.status());
        assertEquals("DELETE is not available for Simple Purchases.", exception(refused));
        assertEquals("AUTHORISED", obj(sim.get("purchase/stock", "TaskID", simple.id())).get("Status"));
    }

    @Test
    void aTaskWhosePutAwayIsAuthorisedCannotBeUndone() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        String t = lastTask(stock(p, null, "AUTHORISED", line("TENT-2P-GRN", 6, null)), "StockReceiving");
        putAway(p, t, "AUTHORISED", line("TENT-2P-GRN", 6, BIN_A));
        assertEquals(400, sim.call("DELETE", "advanced-purchase/stock", q("TaskID", t), null).status());
    }

    private static void assertThrowsBadRequest(Runnable r) {
        try {
            r.run();
        } catch (io.dearbridge.simulator.api.DearException e) {
            assertEquals(400, e.status());
            return;
        }
        throw new AssertionError("expected a 400");
    }
}
