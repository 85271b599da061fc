package io.dearbridge.it.fulfilment;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Await.awaitTrue;
import static io.dearbridge.it.Bridge.api;
import static io.dearbridge.it.Bridge.importedOrder;
import static io.dearbridge.it.Bridge.order;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Http.json;
import static io.dearbridge.it.OrderRows.allSent;
import static io.dearbridge.it.OrderRows.commandIds;
import static io.dearbridge.it.OrderRows.commands;
import static io.dearbridge.it.OrderRows.nextAttemptAt;
import static io.dearbridge.it.OrderRows.records;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.authorisedSale;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.calm;
import static io.dearbridge.it.Simulator.count;
import static io.dearbridge.it.Simulator.dearSale;
import static io.dearbridge.it.Simulator.fault;
import static io.dearbridge.it.Simulator.lastSeq;
import static io.dearbridge.it.Simulator.realisticDeliveryDelay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Deployments;
import io.dearbridge.it.InboxEvents;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import io.dearbridge.it.SimulatorAccount;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The warehouse records pick, pack and ship through the API, and DEAR (the simulator) shows it. */
@ExtendWith(ArquillianExtension.class)
class FulfilmentPushIT {

    private static final String TWO_LINES = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249},"
            + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"price\": 59.95}]";
    private static final String PICK = "{\"lines\": ["
            + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"},"
            + "{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"location\": \"Main Warehouse: B-01-01\","
            + " \"batch\": \"LOT-7\", \"expiry\": \"2028-01-31\"}]}";
    private static final String PACK = "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"box\": \"Box 1\"},"
            + "{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"box\": \"Box 2\"}]}";
    private static final String SHIP = "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"ST100200300AU\","
            + " \"trackingUrl\": \"https://startrack.example/ST100200300AU\", \"shipDate\": \"2026-11-26\"}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calmDear() {
        calm();
        Simulator.roughEdges();
        // The first test may start before the freshly deployed bridge has subscribed to DEAR's webhooks.
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
    }

    @AfterEach
    void calmDearAgain() {
        calm();
    }

    @Test
    void webhookThenOrderThenPickPackShipAndDearShowsItFulfilledWithTheSameBoxesCarrierAndTracking() {
        realisticDeliveryDelay();
        long start = lastSeq();
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();

        HttpResponse<String> pick = warehouse("POST", "orders/" + orderId + "/picks", PICK);
        assertEquals(202, pick.statusCode(), pick.body());
        JsonObject receipt = json(pick);
        assertEquals(1, receipt.getInt("fulfilment"));
        assertEquals("DEAR_PICK", receipt.getJsonArray("commands").getJsonObject(0).getString("type"));
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/packs", PACK).statusCode());
        HttpResponse<String> ship = warehouse("POST", "orders/" + orderId + "/shipments", SHIP);
        assertEquals(202, ship.statusCode(), ship.body());
        assertTrue(json(ship).asJsonObject().containsKey("shipmentId"));

        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), allSent(orderId));
        JsonObject dear = await("DEAR shows the sale fulfilled", () -> {
            JsonObject s = dearSale(saleId);
            return "FULFILLED".equals(s.getString("FulFilmentStatus", "")) ? s : null;
        });
        JsonObject fulfilment = dear.getJsonArray("Fulfilments").getJsonObject(0);
        assertEquals("AUTHORISED", fulfilment.getJsonObject("Pick").getString("Status"));
        JsonObject stove = fulfilment.getJsonObject("Pick").getJsonArray("Lines").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("SKU").equals("STOVE-GAS-01")).findFirst().orElseThrow();
        assertEquals("Main Warehouse: B-01-01", stove.getString("Location"));
        assertEquals("LOT-7", stove.getString("BatchSN"));
        List<JsonObject> shipLines = fulfilment.getJsonObject("Ship").getJsonArray("Lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("Box 1", "Box 2"), shipLines.stream().map(l -> l.getString("Boxes")).sorted().toList());
        shipLines.forEach(l -> {
            assertEquals("StarTrack", l.getString("Carrier"));
            assertEquals("ST100200300AU", l.getString("TrackingNumber"));
        });
        assertTrue(dear.getString("CombinedTrackingNumbers", "").contains("ST100200300AU"));

        JsonObject shipped = await("order SHIPPED", () -> {
            JsonObject o = order(orderId);
            return "SHIPPED".equals(o.getString("status")) ? o : null;
        });
        assertTrue(shipped.getJsonArray("timeline").toString().contains("confirmed by DEAR (sent by the bridge)"),
                "DEAR's echo of the bridge's own push is recognised");
        JsonObject shippedFulfilment = shipped.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals("FULFILLED", shippedFulfilment.getString("fulfilmentStatus"), "as DEAR shows it, without a read");
        assertEquals("ST100200300AU", shippedFulfilment.getString("trackingNumbers"));
        InboxEvents.awaitSaleSettled(saleId, 4);
        List<JsonObject> calls = callsSince(start);
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", null));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pack", null));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/ship", null));
        assertEquals(0, count(calls, "GET", "sale/fulfilment/pick", null) + count(calls, "GET", "sale/fulfilment/pack", null)
                + count(calls, "GET", "sale/fulfilment/ship", null), "no re-reads on the happy path");
        report("staged", calls, saleId);
    }

    @Test
    void theStagedFlowHoldsThroughABurst403AThrottleInA200AndAnErrorInA200() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        long start = lastSeq();
        SimulatorAccount dear = Simulator.demo();
        // Each refused before DEAR does anything, as DEAR's own would be (docs/dear-api.md §1.2, §7).
        dear.fault(1, 403, "POST", "sale/fulfilment/pick", false, "Incorrect credentials!");
        dear.fault(1, 503, "POST", "sale/fulfilment/pack", true, null);
        dear.fault(1, 500, "POST", "sale/fulfilment/ship", true, "An error has occurred.");
        warehouse("POST", "orders/" + orderId + "/picks", PICK);
        warehouse("POST", "orders/" + orderId + "/packs", PACK);
        warehouse("POST", "orders/" + orderId + "/shipments", SHIP);

        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), allSent(orderId));
        await("DEAR shows the sale fulfilled", () -> "FULFILLED".equals(dearSale(saleId).getString("FulFilmentStatus",
                "")) ? true : null);
        List<JsonObject> calls = callsSince(start);
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", 403), "the burst 403 was met");
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", 200), "and the pick sent again once");
        assertEquals(2, count(calls, "POST", "sale/fulfilment/pack", 200), "a throttle inside a 200 is not success");
        assertEquals(2, count(calls, "POST", "sale/fulfilment/ship", 200), "nor is an error inside a 200");
        assertEquals(2, dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship")
                .getJsonArray("Lines").size(), "one ship line per box: nothing went twice");
    }

    @Test
    void theOneCallPathAutoPicksPacksAndShipsInThreeWrites() {
        realisticDeliveryDelay();
        long start = lastSeq();
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();

        HttpResponse<String> shipIt = warehouse("POST", "orders/" + orderId + "/ship",
                "{\"carrier\": \"Australia Post\", \"trackingNumber\": \"AP777\", \"shipDate\": \"2026-11-26\"}");
        assertEquals(202, shipIt.statusCode(), shipIt.body());
        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), allSent(orderId));

        JsonObject dear = await("DEAR shows the sale fulfilled", () -> {
            JsonObject s = dearSale(sale.getString("ID"));
            return "FULFILLED".equals(s.getString("FulFilmentStatus", "")) ? s : null;
        });
        JsonObject ship = dear.getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship");
        assertEquals("Box 1", ship.getJsonArray("Lines").getJsonObject(0).getString("Boxes"));
        assertEquals("AP777", ship.getJsonArray("Lines").getJsonObject(0).getString("TrackingNumber"));
        await("order SHIPPED", () -> "SHIPPED".equals(order(orderId).getString("status")) ? true : null);
        InboxEvents.awaitSaleSettled(sale.getString("ID"), 4);
        List<JsonObject> calls = callsSince(start);
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", null), "one AUTOPICK");
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pack", null));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/ship", null));
        report("one-call", calls, sale.getString("ID"));
    }

    @Test
    void aPartialShipmentGoesOutInTwoFulfilments() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();

        assertEquals(202, warehouse("POST", "orders/" + orderId + "/picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"}]}").statusCode());
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/packs",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"box\": \"Box 1\"}]}").statusCode());
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/shipments", SHIP).statusCode());

        HttpResponse<String> second = warehouse("POST", "orders/" + orderId + "/picks", "{\"lines\": [{\"sku\":"
                + " \"STOVE-GAS-01\", \"quantity\": 3, \"location\": \"Main Warehouse: B-01-01\"}]}");
        assertEquals(202, second.statusCode(), second.body());
        assertTrue(json(second).asJsonObject().getBoolean("newFulfilment"));
        assertEquals(2, json(second).asJsonObject().getInt("fulfilment"));
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/packs",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"box\": \"Box 2\"}]}").statusCode());
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/shipments",
                "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"ST2\", \"shipDate\": \"2026-11-27\"}").statusCode());

        assertEquals(List.of("DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT", "DEAR_ADD_FULFILMENT=SENT",
                "DEAR_PICK=SENT", "DEAR_PACK=SENT", "DEAR_SHIP=SENT"), allSent(orderId));
        JsonObject dear = await("DEAR shows both fulfilments shipped", () -> {
            JsonObject s = dearSale(saleId);
            return "FULFILLED".equals(s.getString("FulFilmentStatus", "")) ? s : null;
        });
        assertEquals("Advanced Sale", dear.getString("Type"));
        assertEquals(2, dear.getJsonArray("Fulfilments").size());
        JsonObject f2 = dear.getJsonArray("Fulfilments").getJsonObject(1);
        assertEquals("ST2", f2.getJsonObject("Ship").getJsonArray("Lines").getJsonObject(0).getString("TrackingNumber"));
        JsonObject order = await("order shows DEAR's second TaskID", () -> {
            JsonObject o = order(orderId);
            return o.getJsonArray("fulfilments").size() == 2 && !o.getJsonArray("fulfilments").getJsonObject(1)
                    .getString("taskId").startsWith("planned:") ? o : null;
        });
        assertEquals(f2.getString("TaskID").toLowerCase(),
                order.getJsonArray("fulfilments").getJsonObject(1).getString("taskId").toLowerCase());
    }

    @Test
    void trackingChangedAfterShippingReachesDearAndTheSameTrackingAgainCostsNothing() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        warehouse("POST", "orders/" + orderId + "/picks", PICK);
        warehouse("POST", "orders/" + orderId + "/packs", PACK);
        long shipmentId = json(warehouse("POST", "orders/" + orderId + "/shipments", SHIP)).asJsonObject()
                .getJsonNumber("shipmentId").longValue();
        allSent(orderId);

        HttpResponse<String> changed = warehouse("PUT", "orders/" + orderId + "/shipments/" + shipmentId + "/tracking",
                "{\"trackingNumber\": \"ST999\", \"trackingUrl\": \"https://startrack.example/ST999\"}");
        assertEquals(202, changed.statusCode(), changed.body());
        assertEquals("DEAR_TRACKING=SENT", allSent(orderId).get(3));
        JsonObject ship = await("DEAR shows the new tracking", () -> {
            JsonObject s = dearSale(sale.getString("ID")).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship");
            return s.getJsonArray("Lines").getJsonObject(0).getString("TrackingNumber").equals("ST999") ? s : null;
        });
        assertEquals("AUTHORISED", ship.getString("Status"));
        JsonObject saleAddress = sale.getJsonObject("ShippingAddress");
        assertFalse(ship.isNull("ShippingAddress"), "the tracking PUT overwrites DEAR's document: it repeats the"
                + " address the POST sent, " + ship);
        assertEquals(saleAddress.getString("Line1"), ship.getJsonObject("ShippingAddress").getString("Line1"));
        assertEquals(sale.getString("ShipBy").substring(0, 10), ship.getString("RequireBy").substring(0, 10), "and the RequireBy");

        long before = lastSeq();
        HttpResponse<String> same = warehouse("PUT", "orders/" + orderId + "/shipments/" + shipmentId + "/tracking",
                "{\"trackingNumber\": \"ST999\"}");
        assertEquals(200, same.statusCode(), same.body());
        assertFalse(json(same).asJsonObject().getBoolean("changed"));
        assertEquals(4, commands(orderId).size(), "no command for unchanged tracking");
        assertEquals(404, warehouse("PUT", "orders/" + orderId + "/shipments/999999/tracking",
                "{\"trackingNumber\": \"X\"}").statusCode());
        assertEquals(0, count(callsSince(before), "PUT", "sale/fulfilment/ship", null));
    }

    @Test
    void aPostRepeatedWithTheSameIdempotencyKeyHasOneEffectAndGetsTheFirstAnswer() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = warehouse("POST", "orders/" + orderId + "/picks", PICK, "Idempotency-Key", key);
        HttpResponse<String> again = warehouse("POST", "orders/" + orderId + "/picks", PICK, "Idempotency-Key", key);
        assertEquals(202, first.statusCode(), first.body());
        assertEquals(202, again.statusCode(), again.body());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, records(orderId));
        assertEquals(List.of("DEAR_PICK=SENT"), allSent(orderId));

        HttpResponse<String> reused = warehouse("POST", "orders/" + orderId + "/packs", PACK, "Idempotency-Key", key);
        assertEquals(422, reused.statusCode(), reused.body());
        assertProblem(reused, "already used for a different request");
        assertEquals(1, records(orderId));
    }

    @Test
    void aVoidArrivingBetweenPackAndShipHoldsTheShipmentAndFlagsTheOrder() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        warehouse("POST", "orders/" + orderId + "/picks", PICK);
        warehouse("POST", "orders/" + orderId + "/packs", PACK);
        allSent(orderId);
        // DEAR is busy when the shipment is recorded, so the ship command is still waiting when the void arrives.
        fault(1000, 503, "POST", "sale/fulfilment/ship");
        assertEquals(202, warehouse("POST", "orders/" + orderId + "/shipments", SHIP).statusCode());
        await("ship command waiting to retry", () -> commands(orderId).get(2).equals("DEAR_SHIP=RETRY") ? true : null);

        act(saleId, "void");
        JsonObject cancelled = await("order CANCELLED", () -> {
            JsonObject o = order(orderId);
            return "CANCELLED".equals(o.getString("status")) ? o : null;
        });
        assertTrue(cancelled.getBoolean("stopRequested"), "the order is flagged");
        // The ship may be mid-attempt (SENDING) when the void lands; it is held as soon as that attempt ends.
        await("ship command HELD", () -> commands(orderId).get(2).equals("DEAR_SHIP=HELD") ? true : null);
        // Read again: the hold's timeline line is written with the hold, which may come after the order was read.
        JsonObject held = order(orderId);
        assertTrue(held.getJsonArray("timeline").toString().contains("held"), held.toString());

        calm();
        long before = lastSeq();
        passedByTheOutbox(commandIds(orderId).get(2));
        assertEquals("DEAR_SHIP=HELD", commands(orderId).get(2), "a held command stays held");
        assertEquals(0, count(callsSince(before), "POST", "sale/fulfilment/ship", null), "no ship is sent");
        assertNotEquals("AUTHORISED", dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0)
                .getJsonObject("Ship").getString("Status", ""));
        HttpResponse<String> late = warehouse("POST", "orders/" + orderId + "/ship",
                "{\"carrier\": \"StarTrack\", \"shipDate\": \"2026-11-26\"}");
        assertEquals(409, late.statusCode());
        assertProblem(late, "cancelled");
    }

    @Test
    void a503StormInTheMiddleCompletesLaterWithExactlyOneDearWritePerStage() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        long start = lastSeq();
        fault(4, 503, "POST", "sale/fulfilment/pack");
        fault(2, 503, "POST", "sale/fulfilment/ship");
        warehouse("POST", "orders/" + orderId + "/picks", PICK);
        warehouse("POST", "orders/" + orderId + "/packs", PACK);
        warehouse("POST", "orders/" + orderId + "/shipments", SHIP);

        allSent(orderId);
        await("DEAR shows the sale fulfilled", () ->
                "FULFILLED".equals(dearSale(sale.getString("ID")).getString("FulFilmentStatus", "")) ? true : null);
        List<JsonObject> calls = callsSince(start);
        assertEquals(4, count(calls, "POST", "sale/fulfilment/pack", 503), "the storm was served");
        assertEquals(2, count(calls, "POST", "sale/fulfilment/ship", 503));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pick", 200));
        assertEquals(1, count(calls, "POST", "sale/fulfilment/pack", 200), "exactly one pack write landed");
        assertEquals(1, count(calls, "POST", "sale/fulfilment/ship", 200), "exactly one ship write landed");
        assertTrue(ItDatabase.count("select count(*) from sync_attempt a join outbox_command c on c.id = a.outbox_command_id"
                + " where c.ordering_key = ? and a.http_status = 503", "order:" + orderId) >= 6,
                "every failed attempt is kept");
    }

    @Test
    void validationAnswers4xxAndChangesNothing() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        String picks = "orders/" + orderId + "/picks";

        rejected(orderId, warehouse("POST", picks, "{\"lines\": [{\"sku\": \"NOPE\", \"quantity\": 1,"
                + " \"location\": \"A\"}]}"), 400, "'NOPE' is not on order");
        rejected(orderId, warehouse("POST", picks, "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 3,"
                + " \"location\": \"A-03-02\"}]}"), 400, "only 2 remain");
        rejected(orderId, warehouse("POST", picks, "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1,"
                + " \"location\": \"Z-99\"}]}"), 400, "'Z-99' is not a location of account demo");
        rejected(orderId, warehouse("POST", picks, "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1}]}"),
                400, "location is required");
        rejected(orderId, warehouse("POST", picks, "{\"lines\": []}"), 400, "at least one line");
        rejected(orderId, warehouse("POST", picks, "{\"lines\": [{\"sku\": \"TENT-2P-GRN\"}]}"), 400,
                "quantity is required");
        rejected(orderId, warehouse("POST", picks, "{not json"), 400, "not valid");
        rejected(orderId, warehouse("POST", "orders/" + orderId + "/packs", PACK), 409, "record a pick first");
        rejected(orderId, warehouse("POST", "orders/" + orderId + "/shipments", SHIP), 409, "record a pack first");
        rejected(orderId, warehouse("POST", "orders/" + orderId + "/ship", "{\"shipDate\": \"2026-11-26\"}"), 400,
                "carrier is required");
        rejected(orderId, api("viewer", "POST", picks, PICK), 403, null);
        assertEquals(404, warehouse("POST", "orders/99999999/picks", PICK).statusCode());

        act(sale.getString("ID"), "undo");
        await("order ON_HOLD", () -> "ON_HOLD".equals(order(orderId).getString("status")) ? true : null);
        rejected(orderId, warehouse("POST", picks, PICK), 409, "is on hold");

        JsonObject voided = authorisedSale(TWO_LINES);
        long voidedId = importedOrder(voided).getJsonNumber("id").longValue();
        act(voided.getString("ID"), "void");
        await("order CANCELLED", () -> "CANCELLED".equals(order(voidedId).getString("status")) ? true : null);
        rejected(voidedId, warehouse("POST", "orders/" + voidedId + "/ship",
                "{\"carrier\": \"StarTrack\", \"shipDate\": \"2026-11-26\"}"), 409, "is cancelled");
    }

    private static void rejected(long orderId, HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertProblem(response, message);
        assertEquals(0, records(orderId), "nothing was recorded");
        assertEquals(List.of(), commands(orderId), "nothing was queued for DEAR");
    }

    private static void assertProblem(HttpResponse<String> response, String message) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        if (message != null) {
            assertTrue(response.body().contains(message), response.body());
        }
    }

    /**
     * The minimum DEAR allows: one read to learn the sale and its TaskID, then one write per stage. Reads of other
     * sales are left out: an earlier test's late webhooks (DEAR's delay at the realistic factor is 3 s) may be read
     * during this one, and were counted as this order's (seen once in .ci/run: 2 reads).
     */
    private static void report(String path, List<JsonObject> all, String saleId) {
        List<JsonObject> calls = all.stream().filter(c -> !c.getString("method").equals("GET")
                || c.getString("query", "").contains(saleId)).toList();
        if (calls.size() < all.size()) {
            System.out.println(path + ": left out " + (all.size() - calls.size()) + " reads of other sales");
        }
        assertEquals(1, count(calls, "GET", "sale", null), path + ": DEAR's echoes of the bridge's own writes cost no read");
        assertEquals(4, calls.size(), path + ": DEAR calls per shipped order at the minimum");
        long writes = calls.stream().filter(c -> !c.getString("method").equals("GET")).count();
        long stageReads = calls.stream().filter(c -> c.getString("method").equals("GET")
                && c.getString("path").startsWith("sale/fulfilment")).count();
        long saleReads = count(calls, "GET", "sale", null);
        System.out.println("BENCHMARK " + path + ": DEAR calls per shipped order = " + calls.size() + " (writes "
                + writes + ", push re-reads " + stageReads + ", intake GET sale " + saleReads + ", other "
                + (calls.size() - writes - stageReads - saleReads) + ")");
    }

    /**
     * Instead of a sleep before a "nothing happens" check: waits until the held command's retry time has passed,
     * then has the outbox send a later command (another order's pick). The dispatcher claims due commands in id
     * order and sends them one at a time, so once the later one is SENT, a claim ran after the held command was
     * due; had the hold not stopped it, it would have been claimed in that claim or before and sent first: its
     * status would no longer be HELD and its POST would be in DEAR's call log.
     */
    private static void passedByTheOutbox(long heldCommandId) {
        Instant due = nextAttemptAt(heldCommandId);
        awaitTrue("the held command's retry time passed", () -> due == null || Instant.now().isAfter(due));
        long later = importedOrder(authorisedSale(TWO_LINES)).getJsonNumber("id").longValue();
        assertEquals(202, warehouse("POST", "orders/" + later + "/picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"}]}").statusCode());
        assertTrue(commandIds(later).get(0) > heldCommandId, "the later command comes after the held one");
        assertEquals(List.of("DEAR_PICK=SENT"), allSent(later));
    }
}
