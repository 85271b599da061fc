package io.dearbridge.it.fulfilment;

import static io.dearbridge.it.Bridge.awaitOrderStatus;
import static io.dearbridge.it.Bridge.importedOrder;
import static io.dearbridge.it.Bridge.order;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.OrderRows.allSent;
import static io.dearbridge.it.OrderRows.commands;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.authorisedSale;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.calm;
import static io.dearbridge.it.Simulator.count;
import static io.dearbridge.it.Simulator.dearSale;
import static io.dearbridge.it.Simulator.lastSeq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DEAR lets a sale be voided or undone at any point (issue 23): after the warehouse shipped it, a void stops the
 * order without a word to DEAR, and an undo then re-authorisation never asks for a second pick; the warehouse's
 * stages go to DEAR's new fulfilment instead, or the order is held when DEAR's lines are no longer what left.
 */
@ExtendWith(ArquillianExtension.class)
class AfterShipmentIT {

    private static final String TWO_LINES = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2},"
            + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3}]";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calmDear() {
        calm();
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
    }

    @AfterEach
    void calmDearAgain() {
        calm();
    }

    /** Picks, packs and ships both lines (tracking ST-<sale>) and waits until DEAR has the shipment. */
    private static long shipped(JsonObject sale, String tracking) {
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        post(orderId, "picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"A-03-02\"},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"location\": \"B-01-01\"}]}");
        post(orderId, "packs", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"box\": \"Box 1\"},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"box\": \"Box 2\"}]}");
        post(orderId, "shipments", "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"" + tracking + "\","
                + " \"shipDate\": \"2026-11-26\"}");
        assertEquals(3, allSent(orderId).size());
        awaitOrderStatus(orderId, "SHIPPED");
        return orderId;
    }

    private static void post(long orderId, String what, String json) {
        var answer = warehouse("POST", "orders/" + orderId + "/" + what, json);
        assertEquals(202, answer.statusCode(), answer.body());
    }

    private static JsonObject awaitAfterShipment(long orderId, String state) {
        return Await.await("order " + orderId + " " + state + " after shipment", () -> {
            JsonObject o = order(orderId);
            return o.containsKey("afterShipment") && !o.isNull("afterShipment")
                    && state.equals(o.getJsonObject("afterShipment").getString("state")) ? o : null;
        });
    }

    private static long writes(List<JsonObject> calls) {
        return calls.stream().filter(c -> !"GET".equalsIgnoreCase(c.getString("method"))).count();
    }

    /** What the warehouse is told after the given timeline entry: never to pick again. */
    private static List<String> timelineSince(JsonObject order, String marker) {
        List<String> all = order.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("what")).toList();
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(marker)) {
                from = i;
            }
        }
        return all.subList(from, all.size());
    }

    @Test
    void aVoidAfterShipmentSetsTheStopFlagShowsItAndWritesNothingToDear() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = shipped(sale, "ST-V");
        long since = lastSeq();

        act(sale.getString("ID"), "void");

        JsonObject voided = awaitAfterShipment(orderId, "VOIDED");
        assertEquals("CANCELLED", voided.getString("status"));
        assertTrue(voided.getBoolean("stopRequested"), "the stop flag");
        assertEquals("voided after shipment", voided.getJsonObject("afterShipment").getString("label"));
        assertTrue(voided.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("what").startsWith("Voided in DEAR after shipment: STOP")));
        assertEquals(0, writes(callsSince(since)), "nothing written to DEAR: " + callsSince(since));
        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), commands(orderId), "nothing queued");
    }

    @Test
    void undoThenReauthoriseOfAShippedOrderAsksForNoPickAndDearShowsTheShipmentAgain() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = shipped(sale, "ST-R");
        String oldTask = order(orderId).getJsonArray("fulfilments").getJsonObject(0).getString("taskId");

        act(saleId, "undo");
        JsonObject undone = awaitAfterShipment(orderId, "UNDONE");
        assertEquals("ON_HOLD", undone.getString("status"));
        long since = lastSeq();
        act(saleId, "authorise");

        List<String> commands = Await.await("the shipment pushed again", () -> {
            List<String> all = commands(orderId);
            return all.size() == 6 && all.stream().allMatch(c -> c.endsWith("=SENT")) ? all : null;
        });
        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), commands.subList(3, 6));
        JsonObject order = awaitAfterShipment(orderId, "RESHIPPED");
        assertEquals("SHIPPED", order.getString("status"));
        List<String> afterUndo = timelineSince(order, "Undone in DEAR after shipment");
        assertFalse(afterUndo.stream().anyMatch(e -> e.toLowerCase().contains("awaiting pick")),
                "never offered for picking again: " + afterUndo);

        List<JsonObject> calls = callsSince(since);
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", null), calls.toString());
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pack", null));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/ship", null));
        assertEquals(3, writes(calls), "one write per stage, nothing else: " + calls);

        JsonObject dear = dearSale(saleId);
        assertEquals("FULFILLED", dear.getString("FulFilmentStatus"));
        JsonObject fulfilment = dear.getJsonArray("Fulfilments").getJsonObject(0);
        assertNotEquals(oldTask, fulfilment.getString("TaskID").toLowerCase(), "DEAR's new fulfilment");
        List<JsonObject> picked = fulfilment.getJsonObject("Pick").getJsonArray("Lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("TENT-2P-GRN=2", "STOVE-GAS-01=3"), picked.stream()
                .map(l -> l.getString("SKU") + "=" + l.getJsonNumber("Quantity").bigDecimalValue()
                        .stripTrailingZeros().toPlainString()).toList());
        assertEquals("Main Warehouse: A-03-02", picked.get(0).getString("Location"), "the same bin");
        assertEquals("AUTHORISED", fulfilment.getJsonObject("Pack").getString("Status"));
        JsonObject ship = fulfilment.getJsonObject("Ship");
        assertEquals("AUTHORISED", ship.getString("Status"));
        ship.getJsonArray("Lines").getValuesAs(JsonObject.class)
                .forEach(l -> assertEquals("ST-R", l.getString("TrackingNumber"), "the same tracking"));
    }

    @Test
    void undoThenReauthoriseWithOtherLinesHoldsTheOrderWithTheDifferenceAndAsksForNoPick() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = shipped(sale, "ST-C");

        act(saleId, "undo");
        awaitAfterShipment(orderId, "UNDONE");
        act(saleId, "lines", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3}]}");
        long since = lastSeq();
        act(saleId, "authorise");

        JsonObject held = awaitAfterShipment(orderId, "LINES_CHANGED");
        assertEquals("ON_HOLD", held.getString("status"), "not offered for picking");
        assertEquals("shipped before the undo: 2 x TENT-2P-GRN, 3 x STOVE-GAS-01; DEAR now asks for:"
                + " 1 x TENT-2P-GRN, 3 x STOVE-GAS-01", held.getJsonObject("afterShipment").getString("detail"));
        assertEquals(3, commands(orderId).size(), "nothing queued");
        assertEquals(0, writes(callsSince(since)), "nothing written to DEAR");
        var pick = warehouse("POST", "orders/" + orderId + "/picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 1, \"location\": \"A-03-02\"}]}");
        assertEquals(409, pick.statusCode(), pick.body());
    }
}
