package io.dearbridge.it.fulfilment;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.importedOrder;
import static io.dearbridge.it.Bridge.order;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Http.json;
import static io.dearbridge.it.OrderRows.allSent;
import static io.dearbridge.it.OrderRows.commands;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.authorisedSale;
import static io.dearbridge.it.Simulator.calm;
import static io.dearbridge.it.Simulator.dearSale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Bridge;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Where DEAR is stricter than a kind simulator (issue 15): locations, ship lines, dead fulfilments, what the
 * warehouse sees, and statuses, against the simulator taught DEAR's rules.
 */
@ExtendWith(ArquillianExtension.class)
class DearFidelityIT {

    private static final String TWO_LINES = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2},"
            + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3}]";
    private static final String SHIP = "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"%s\","
            + " \"trackingUrl\": \"https://startrack.example/%s\", \"shipDate\": \"2026-11-26\"}";

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

    private static HttpResponse<String> post(long orderId, String what, String json) {
        return warehouse("POST", "orders/" + orderId + "/" + what, json);
    }

    private static String pick(String sku, int quantity, String location) {
        return "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + ", \"location\": \"" + location
                + "\"}]}";
    }

    private static String pack(String sku, int quantity, String box) {
        return "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": " + quantity + ", \"box\": \"" + box + "\"}]}";
    }

    private static JsonObject awaitStatus(long orderId, String status) {
        return await("order " + orderId + " " + status, () -> {
            JsonObject o = order(orderId);
            return status.equals(o.getString("status")) ? o : null;
        });
    }

    @Test
    void aBinCodeGoesToDearAsTheDearBinItMapsToAndAnUnknownOneIsRefusedBeforeAnythingIsQueued() {
        JsonObject sale = authorisedSale(TWO_LINES);
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        HttpResponse<String> unknown = post(orderId, "picks", pick("TENT-2P-GRN", 2, "A-99-99"));
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("'A-99-99' is not a location of account demo"), unknown.body());
        assertEquals(List.of(), commands(orderId), "nothing queued");

        assertEquals(202, post(orderId, "picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2,"
                + " \"location\": \"A-03-02\"}, {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"location\": \"DOCK\"}]}")
                .statusCode());
        allSent(orderId);
        List<JsonObject> lines = dearSale(sale.getString("ID")).getJsonArray("Fulfilments").getJsonObject(0)
                .getJsonObject("Pick").getJsonArray("Lines").getValuesAs(JsonObject.class);
        assertEquals("Main Warehouse: A-03-02", lines.get(0).getString("Location"), "DEAR's bin, not the bare code");
        assertEquals("Main Warehouse", lines.get(1).getString("Location"));
        assertEquals("19aeca31-bd49-4fbe-8abd-37a6169cc2cb", lines.get(1).getString("LocationID"));
    }

    @Test
    void theShipCarriesItsAddressAndATrackingChangeUpdatesDearsLinesInsteadOfAddingLines() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        post(orderId, "picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"A-03-02\"},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"location\": \"B-01-01\"}]}");
        post(orderId, "packs", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"box\": \"Box 1\"},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"box\": \"Box 2\"}]}");
        long shipmentId = json(post(orderId, "shipments", String.format(SHIP, "ST1", "ST1"))).asJsonObject()
                .getJsonNumber("shipmentId").longValue();
        allSent(orderId);
        JsonObject ship = dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship");
        assertEquals(sale.getJsonObject("ShippingAddress").getString("Line1"),
                ship.getJsonObject("ShippingAddress").getString("Line1"), "a ship POST overwrites: the address goes too");
        assertEquals(sale.getString("ShippingNotes"), ship.getString("ShippingNotes"));

        assertEquals(202, warehouse("PUT", "orders/" + orderId + "/shipments/" + shipmentId + "/tracking",
                "{\"trackingNumber\": \"ST2\", \"trackingUrl\": \"https://startrack.example/ST2\"}").statusCode());
        assertEquals("DEAR_TRACKING=SENT", allSent(orderId).get(3));
        List<JsonObject> lines = dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship")
                .getJsonArray("Lines").getValuesAs(JsonObject.class);
        assertEquals(2, lines.size(), "DEAR updated its two lines and added none");
        lines.forEach(l -> assertEquals("ST2", l.getString("TrackingNumber")));
        lines.forEach(l -> assertEquals("", l.getString("TrackingURL"), "read-only in DEAR: not sent"));
        JsonObject shipment = order(orderId).getJsonArray("fulfilments").getJsonObject(0).getJsonArray("shipments")
                .getJsonObject(0);
        assertEquals("https://startrack.example/ST2", shipment.getString("trackingUrl"), "kept on the bridge's side");
    }

    /**
     * Picked, not shipped: the goods are still in the warehouse, so DEAR's new fulfilment asks for a new pick. A
     * shipped order is never offered for picking again (AfterShipmentIT).
     */
    @Test
    void undoThenReauthoriseWithChangedLinesThenPickPackAndShip() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        assertEquals(202, post(orderId, "picks", pick("TENT-2P-GRN", 2, "A-03-02")).statusCode());
        allSent(orderId);
        String oldTask = order(orderId).getJsonArray("fulfilments").getJsonObject(0).getString("taskId");

        // DEAR's re-authorisation sends the first one's body again, seconds later: the undo between makes the inbox
        // process it again rather than take it for a redelivery.
        act(saleId, "undo");
        awaitStatus(orderId, "ON_HOLD");
        act(saleId, "lines", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1},"
                + " {\"sku\": \"LAMP-HD-300\", \"quantity\": 2}]}");
        act(saleId, "authorise");
        JsonObject again = awaitStatus(orderId, "AWAITING_PICK");
        List<JsonObject> fulfilments = again.getJsonArray("fulfilments").getValuesAs(JsonObject.class);
        JsonObject old = fulfilments.stream().filter(f -> f.getString("taskId").equals(oldTask)).findFirst()
                .orElseThrow();
        assertFalse(old.getBoolean("live"), "the old TaskID vanished from DEAR");

        HttpResponse<String> repick = post(orderId, "picks", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1,"
                + " \"location\": \"A-03-02\"}, {\"sku\": \"LAMP-HD-300\", \"quantity\": 2, \"location\": \"B-01-01\"}]}");
        assertEquals(202, repick.statusCode(), repick.body());
        assertFalse(json(repick).asJsonObject().getBoolean("newFulfilment"));
        assertEquals(202, post(orderId, "packs", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"box\":"
                + " \"Box 1\"}, {\"sku\": \"LAMP-HD-300\", \"quantity\": 2, \"box\": \"Box 1\"}]}").statusCode());
        assertEquals(202, post(orderId, "shipments", String.format(SHIP, "ST-RE", "ST-RE")).statusCode());
        List<String> commands = allSent(orderId);
        assertEquals(4, commands.size(), commands.toString());
        JsonObject shipped = awaitStatus(orderId, "SHIPPED");
        JsonObject dear = dearSale(saleId);
        assertEquals("FULFILLED", dear.getString("FulFilmentStatus"));
        String newTask = dear.getJsonArray("Fulfilments").getJsonObject(0).getString("TaskID").toLowerCase();
        assertNotEquals(oldTask, newTask);
        assertTrue(shipped.getJsonArray("fulfilments").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("taskId").equals(newTask) && f.getBoolean("live")));
    }

    @Test
    void aFulfilmentDearVoidedGetsNoPickAndTheRestShipsInAFurtherOne() {
        JsonObject sale = authorisedSale(TWO_LINES);
        String saleId = sale.getString("ID");
        long orderId = importedOrder(sale).getJsonNumber("id").longValue();
        post(orderId, "picks", pick("TENT-2P-GRN", 2, "A-03-02"));
        post(orderId, "packs", pack("TENT-2P-GRN", 2, "Box 1"));
        post(orderId, "shipments", String.format(SHIP, "ST-A", "ST-A"));
        post(orderId, "picks", pick("STOVE-GAS-01", 3, "B-01-01"));
        allSent(orderId);
        String second = dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(1).getString("TaskID");

        act(saleId, "voidfulfilment", "{\"taskId\": \"" + second + "\"}");
        // DEAR sends no webhook for a voided fulfilment; the next event about the sale brings it.
        assertEquals(200, Bridge.postWebhook("Sale/Backordered", Bridge.salePayload(saleId,
                sale.getJsonObject("Order").getString("SaleOrderNumber"))).statusCode());
        await("fulfilment 2 dropped", () -> order(orderId).getJsonArray("fulfilments").getValuesAs(JsonObject.class)
                .stream().anyMatch(f -> f.getString("taskId").equalsIgnoreCase(second) && !f.getBoolean("live"))
                ? true : null);

        HttpResponse<String> again = post(orderId, "picks", pick("STOVE-GAS-01", 3, "B-01-01"));
        assertEquals(202, again.statusCode(), again.body());
        assertTrue(json(again).asJsonObject().getBoolean("newFulfilment"), "not the voided fulfilment");
        assertEquals(3, json(again).asJsonObject().getInt("fulfilment"));
        post(orderId, "packs", pack("STOVE-GAS-01", 3, "Box 2"));
        post(orderId, "shipments", String.format(SHIP, "ST-C", "ST-C"));
        allSent(orderId);
        awaitStatus(orderId, "SHIPPED");
        assertEquals("FULFILLED", dearSale(saleId).getString("FulFilmentStatus"));
    }

    @Test
    void theOrderShowsShipByContactCommentsDropShipAndEachFulfilmentsOwnAddress() {
        JsonObject sale = Simulator.sale("{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"comment\": \"gift wrap\"},"
                + " {\"sku\": \"CHAIR-CAMP-LT\", \"quantity\": 2, \"dropShip\": true}],"
                + " \"shippingAddress\": {\"DisplayAddressLine1\": \"12 Wharf Lane\","
                + " \"DisplayAddressLine2\": \"Brisbane QLD 4000 Australia\"}}");
        String saleId = sale.getString("ID");
        act(saleId, "shipto", "{\"shippingAddress\": {\"Line1\": \"Gate 3\", \"City\":"
                + " \"Geelong\", \"Country\": \"Australia\"}, \"shippingNotes\": \"Call ahead\"}");
        JsonObject order = importedOrder(sale);
        long orderId = order.getJsonNumber("id").longValue();
        // The import may have read the sale before the ship-to change; the next event brings it.
        Bridge.postWebhook("Sale/Backordered", Bridge.salePayload(saleId, sale.getJsonObject("Order")
                .getString("SaleOrderNumber")));
        JsonObject shown = await("the fulfilment's own address", () -> {
            JsonObject o = order(orderId);
            JsonObject f = o.getJsonArray("fulfilments").getJsonObject(0);
            return f.containsKey("shipTo") && !f.isNull("shipTo") ? o : null;
        });
        assertEquals(sale.getString("ShipBy").substring(0, 10), shown.getString("shipBy"));
        assertEquals(sale.getString("Phone"), shown.getString("phone"));
        assertEquals(sale.getString("Email"), shown.getString("email"));
        assertEquals("12 Wharf Lane", shown.getJsonObject("shippingAddress").getString("line1"),
                "only DEAR's display lines: they become the address");
        JsonObject tent = shown.getJsonArray("lines").getJsonObject(0);
        assertEquals("gift wrap", tent.getString("comment"));
        JsonObject chair = shown.getJsonArray("lines").getJsonObject(1);
        assertTrue(chair.getBoolean("dropShip"));
        assertFalse(chair.getBoolean("pickable"));
        JsonObject f = shown.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals("Gate 3", f.getJsonObject("shipTo").getString("line1"));
        assertEquals("Call ahead", f.getString("shippingNotes"));

        HttpResponse<String> dropShip = post(orderId, "picks", pick("CHAIR-CAMP-LT", 2, "A-03-02"));
        assertEquals(400, dropShip.statusCode(), dropShip.body());
        assertTrue(dropShip.body().contains("drop-ship"), dropShip.body());
        assertEquals(202, post(orderId, "ship", "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"ST-F\","
                + " \"shipDate\": \"2026-11-26\"}").statusCode());
        allSent(orderId);
        JsonObject ship = dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship");
        assertEquals("Gate 3", ship.getJsonObject("ShippingAddress").getString("Line1"),
                "the ship POST sends the fulfilment's own address, not the sale's");
        assertTrue(ship.getJsonObject("ShippingAddress").getBoolean("ShipToOther"), "not the customer's address");
        assertEquals(sale.getString("ShipBy").substring(0, 10), ship.getString("RequireBy").substring(0, 10));
        awaitStatus(orderId, "SHIPPED");
    }

    @Test
    void aShipToWithDisplayLinesOnlyShipsWithTheSalesAddressFieldsWhichTheStrictSimulatorAccepts() {
        JsonObject sale = Simulator.sale("{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1}],"
                + " \"shippingAddress\": {\"Line1\": \"12 Wharf Lane\", \"City\": \"Brisbane\", \"State\": \"QLD\","
                + " \"Postcode\": \"4000\", \"Country\": \"Australia\"}}");
        String saleId = sale.getString("ID");
        // DEAR's answer for the fulfilment's ship-to sometimes fills only the display lines (docs/dear-api.md §3.2).
        act(saleId, "shipto", "{\"shippingAddress\": {\"DisplayAddressLine1\": \"12 Wharf Lane\","
                + " \"DisplayAddressLine2\": \"Brisbane QLD 4000 Australia\"}, \"shippingNotes\": \"Dock 2\"}");
        JsonObject order = importedOrder(sale);
        long orderId = order.getJsonNumber("id").longValue();
        Bridge.postWebhook("Sale/Backordered", Bridge.salePayload(saleId, sale.getJsonObject("Order")
                .getString("SaleOrderNumber")));
        await("the fulfilment's own display-only address", () -> {
            JsonObject f = order(orderId).getJsonArray("fulfilments").getJsonObject(0);
            return f.containsKey("shipTo") && !f.isNull("shipTo") ? f : null;
        });
        assertEquals(202, post(orderId, "ship", "{\"carrier\": \"StarTrack\", \"trackingNumber\": \"ST-D\","
                + " \"shipDate\": \"2026-11-26\"}").statusCode());
        allSent(orderId);
        awaitStatus(orderId, "SHIPPED");
        JsonObject ship = dearSale(saleId).getJsonArray("Fulfilments").getJsonObject(0).getJsonObject("Ship");
        assertEquals("AUTHORISED", ship.getString("Status"));
        JsonObject address = ship.getJsonObject("ShippingAddress");
        assertEquals("12 Wharf Lane", address.getString("Line1"), "DEAR's own fields of the sale's address");
        assertEquals("Australia", address.getString("Country"));
        assertEquals("Brisbane", address.getString("City"));
        assertFalse(address.getBoolean("ShipToOther"));
        assertEquals("Dock 2", ship.getString("ShippingNotes"));
    }

    @Test
    void anOrderAuthorisedWithoutAllocationWaitsAndIsNotOfferedForPicking() {
        JsonObject sale = Simulator.sale("{\"allocate\": false, \"lines\": " + TWO_LINES + "}");
        JsonObject order = importedOrder(sale);
        long orderId = order.getJsonNumber("id").longValue();
        assertEquals("WAITING", awaitStatus(orderId, "WAITING").getString("status"));
        HttpResponse<String> refused = post(orderId, "picks", pick("TENT-2P-GRN", 2, "A-03-02"));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("is waiting"), refused.body());
        assertEquals(409, post(orderId, "ship", "{\"carrier\": \"StarTrack\", \"shipDate\": \"2026-11-26\"}")
                .statusCode());
        assertEquals(List.of(), commands(orderId));
    }
}
