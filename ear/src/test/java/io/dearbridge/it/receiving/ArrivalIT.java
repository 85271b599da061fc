package io.dearbridge.it.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Warehouse → DEAR on the way in (issue 24 parts 3 and 4, docs/receiving.md "Warehouse to DEAR"): an arrival on a Simple
 * purchase becomes DEAR's stock received, AUTHORISED, one POST per DEAR place; two arrivals on an Advanced purchase
 * become two receiving tasks put away to their bins; a write DEAR stored but answered too late is never sent again;
 * an Invoice-first arrival waits for the invoice; refusals change nothing. On the tests' own account, {@code arrivals}.
 */
@ExtendWith(ArquillianExtension.class)
class ArrivalIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void subscribed() {
        Arrivals.calm();
        Arrivals.awaitSubscribed("Purchase/OrderAuthorised");
        Arrivals.awaitSubscribed("Purchase/InvoiceAuthorised");
    }

    @AfterEach
    void calm() {
        Arrivals.calm();
    }

    @Test
    void aFullArrivalOnASimplePurchaseIsStockReceivedAuthorisedWithItsPlacesAndBatches() {
        JsonObject po = Arrivals.raise("{\"type\": \"Simple\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 10}, {\"sku\": \"STOVE-GAS-01\", \"quantity\": 4}]}");
        long receipt = Arrivals.receiptOf(po);
        Arrivals.clearCalls();

        long arrival = Arrivals.id(Arrivals.post(receipt, "arrivals", "{\"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 6, \"location\": \"A-03-02\", \"batch\": \"L2503\","
                + " \"expiry\": \"2027-03-01\"},"
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 4, \"location\": \"B-01-01\", \"batch\": \"L2503\","
                + " \"expiry\": \"2027-03-01\"},"
                + "{\"sku\": \"STOVE-GAS-01\", \"quantity\": 4, \"location\": \"A-03-02\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", arrival, "IN_DEAR");

        JsonObject stock = Arrivals.document(po.getString("id"), false).getJsonObject("StockReceived");
        assertEquals("AUTHORISED", stock.getString("Status"));
        List<JsonObject> lines = stock.getJsonArray("Lines").getValuesAs(JsonObject.class);
        assertEquals(3, lines.size(), "one DEAR line per arrival line: " + lines);
        assertLine(lines, "TENT-2P-GRN", "6", "Main Warehouse: A-03-02", "L2503");
        assertLine(lines, "TENT-2P-GRN", "4", "Main Warehouse: B-01-01", "L2503");
        assertLine(lines, "STOVE-GAS-01", "4", "Main Warehouse: A-03-02", null);
        assertEquals(3, Arrivals.calls("POST", "purchase/stock"), "a DRAFT POST per DEAR place, then one authorise");
        assertEquals(3, ItDatabase.count("SELECT COUNT(*) FROM receipt_arrival_line WHERE arrival_id = ? AND"
                + " card_id IS NOT NULL", arrival), "DEAR's CardIDs kept on the arrival's lines");
        Await.awaitTrue("receipt RECEIVED", () -> "RECEIVED".equals(Arrivals.receiptStatus(receipt)));
    }

    @Test
    void twoArrivalsOnAnAdvancedPurchaseAreTwoReceivingTasksPutAwayToTheirBins() {
        JsonObject po = Arrivals.raise("{\"type\": \"Advanced\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"PACK-45L-BLU\", \"quantity\": 10}]}");
        long receipt = Arrivals.receiptOf(po);

        long first = Arrivals.id(Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"PACK-45L-BLU\","
                + " \"quantity\": 6, \"location\": \"A-03-02\"}]}"));
        long second = Arrivals.id(Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"PACK-45L-BLU\","
                + " \"quantity\": 4, \"location\": \"B-01-01\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", first, "IN_DEAR");
        Arrivals.awaitStatus("receipt_arrival", second, "IN_DEAR");

        JsonObject doc = Arrivals.document(po.getString("id"), true);
        List<JsonObject> stock = doc.getJsonArray("StockReceived").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getJsonArray("Lines").isEmpty()).toList();
        assertEquals(2, stock.size(), "a receiving task per arrival: " + stock);
        stock.forEach(t -> assertEquals("AUTHORISED", t.getString("Status")));
        List<JsonObject> putAway = doc.getJsonArray("PutAway").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getJsonArray("Lines").isEmpty()).toList();
        assertEquals(2, putAway.size());
        String firstTask = task(first);
        String secondTask = task(second);
        assertTrue(!firstTask.equalsIgnoreCase(secondTask), "two tasks");
        JsonObject firstPut = putAway.stream().filter(t -> t.getString("TaskID").equalsIgnoreCase(firstTask))
                .findFirst().orElseThrow();
        JsonObject secondPut = putAway.stream().filter(t -> t.getString("TaskID").equalsIgnoreCase(secondTask))
                .findFirst().orElseThrow();
        assertEquals("AUTHORISED", firstPut.getString("Status"));
        assertLine(firstPut.getJsonArray("Lines").getValuesAs(JsonObject.class), "PACK-45L-BLU", "6",
                "Main Warehouse: A-03-02", null);
        assertLine(secondPut.getJsonArray("Lines").getValuesAs(JsonObject.class), "PACK-45L-BLU", "4",
                "Main Warehouse: B-01-01", null);
    }

    @Test
    void aWriteDearStoredButAnsweredTooLateIsNotSentAgain() {
        JsonObject simple = Arrivals.raise("{\"type\": \"Simple\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 5}]}");
        JsonObject advanced = Arrivals.raise("{\"type\": \"Advanced\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3}]}");
        long simpleReceipt = Arrivals.receiptOf(simple);
        long advancedReceipt = Arrivals.receiptOf(advanced);
        Arrivals.clearCalls();

        Arrivals.storeThenTimeout("POST", "purchase/stock");
        long a = Arrivals.id(Arrivals.post(simpleReceipt, "arrivals", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 5, \"location\": \"A-03-02\", \"batch\": \"B1\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", a, "IN_DEAR");
        JsonObject stock = Arrivals.document(simple.getString("id"), false).getJsonObject("StockReceived");
        assertEquals("AUTHORISED", stock.getString("Status"));
        assertEquals(1, stock.getJsonArray("Lines").size(), "still one line: " + stock);
        // The held write is logged when DEAR finally answers it (after the bridge gave up on it).
        Await.awaitTrue("the held POST logged", () -> Arrivals.calls("POST", "purchase/stock") >= 2);
        assertEquals(2, Arrivals.calls("POST", "purchase/stock"), "the stored line is not posted again, only authorised");

        Arrivals.storeThenTimeout("POST", "advanced-purchase/stock");
        long b = Arrivals.id(Arrivals.post(advancedReceipt, "arrivals", "{\"lines\": [{\"sku\": \"STOVE-GAS-01\","
                + " \"quantity\": 3, \"location\": \"B-01-01\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", b, "IN_DEAR");
        JsonObject doc = Arrivals.document(advanced.getString("id"), true);
        assertEquals(1, doc.getJsonArray("StockReceived").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getJsonArray("Lines").isEmpty()).count(), "one receiving task, not two: " + doc);
        Await.awaitTrue("the held POST logged", () -> Arrivals.calls("POST", "advanced-purchase/stock") >= 1);
        assertEquals(1, Arrivals.calls("POST", "advanced-purchase/stock"), "the stored task is not posted again");
        assertEquals(1, Arrivals.calls("POST", "advanced-purchase/put-away"));
    }

    @Test
    void anInvoiceFirstArrivalWaitsVisiblyAndIsSentOnceTheInvoiceIsAuthorised() {
        JsonObject po = Arrivals.raise("{\"type\": \"Simple\", \"approach\": \"INVOICE\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 3}]}");
        long receipt = Arrivals.receiptOf(po);
        Arrivals.clearCalls();

        long arrival = Arrivals.id(Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 3, \"location\": \"A-03-02\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", arrival, "WAITING_INVOICE");
        assertEquals("WAITING_INVOICE", Arrivals.receiptStatus(receipt));
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM outbox_command WHERE ordering_key = ? AND status ="
                + " 'PENDING' AND waiting_for = 'DEAR_INVOICE' AND last_error IS NULL", "receipt:" + receipt),
                "waiting, not failed");
        assertEquals(0, Arrivals.calls("POST", "purchase/stock"), "nothing DEAR would refuse was sent");

        Arrivals.act(po.getString("id"), "invoice", null);
        Arrivals.awaitStatus("receipt_arrival", arrival, "IN_DEAR");
        JsonObject stock = Arrivals.document(po.getString("id"), false).getJsonObject("StockReceived");
        assertEquals("AUTHORISED", stock.getString("Status"));
        assertLine(stock.getJsonArray("Lines").getValuesAs(JsonObject.class), "TENT-2P-GRN", "3",
                "Main Warehouse: A-03-02", null);
    }

    @Test
    void overReceiptUnknownSkuAndACancelledReceiptAreRefusedAndChangeNothing() {
        JsonObject po = Arrivals.raise("{\"type\": \"Advanced\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 10}]}");
        long receipt = Arrivals.receiptOf(po);
        List<Long> before = Arrivals.footprint(receipt);

        // The account allows 10% over: 11 of 10 would pass, 12 does not.
        HttpResponse<String> over = Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 12, \"location\": \"A-03-02\"}]}");
        assertEquals(400, over.statusCode(), over.body());
        assertTrue(over.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(over.body().contains("Over-receipt of TENT-2P-GRN"), over.body());
        HttpResponse<String> unknown = Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"NOPE-1\","
                + " \"quantity\": 1, \"location\": \"A-03-02\"}]}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("NOPE-1"), unknown.body());
        HttpResponse<String> tooMuchBack = Arrivals.post(receipt, "supplier-returns", "{\"lines\": [{\"sku\":"
                + " \"TENT-2P-GRN\", \"quantity\": 1, \"reason\": \"torn\"}]}");
        assertEquals(400, tooMuchBack.statusCode(), "nothing received, nothing to return: " + tooMuchBack.body());
        assertEquals(before, Arrivals.footprint(receipt));

        Arrivals.act(po.getString("id"), "void", null);
        Arrivals.hint(po);
        Await.awaitTrue("receipt CANCELLED", () -> "CANCELLED".equals(Arrivals.receiptStatus(receipt)));
        HttpResponse<String> cancelled = Arrivals.post(receipt, "arrivals", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 1, \"location\": \"A-03-02\"}]}");
        assertEquals(409, cancelled.statusCode(), cancelled.body());
        assertEquals(before, Arrivals.footprint(receipt));
    }

    private static String task(long arrivalId) {
        return ItDatabase.query("SELECT dear_task_id FROM receipt_arrival WHERE id = ?", r -> r.getString(1), arrivalId)
                .get(0);
    }

    private static void assertLine(List<JsonObject> lines, String sku, String quantity, String location, String batch) {
        Set<String> seen = lines.stream().map(l -> l.getString("SKU") + "|" + l.getJsonNumber("Quantity")
                .bigDecimalValue().stripTrailingZeros().toPlainString() + "|" + l.getString("Location", null) + "|"
                + (l.isNull("BatchSN") ? null : l.getString("BatchSN", null))).collect(Collectors.toSet());
        String wanted = sku + "|" + new BigDecimal(quantity).stripTrailingZeros().toPlainString() + "|" + location + "|"
                + batch;
        assertTrue(seen.contains(wanted), "DEAR shows " + wanted + " among " + seen);
    }
}
