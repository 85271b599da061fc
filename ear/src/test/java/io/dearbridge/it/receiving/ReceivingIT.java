package io.dearbridge.it.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Await;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DEAR → warehouse on the way in (issue 24, docs/receiving.md): a purchase order raised in DEAR becomes an expected
 * receipt with one read of DEAR; a void cancels it; stock a DEAR user receives shows on it and counts; drop-ship and
 * service purchases make none; reconciliation finds what a missed webhook did not bring, while old purchases a
 * payment touched cost no read and make no receipt. All on the test's own account, {@code inbound}.
 */
@ExtendWith(ArquillianExtension.class)
class ReceivingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void subscribed() {
        Inbound.calm(false);
        Inbound.awaitSubscribed("Purchase/OrderAuthorised");
        Inbound.awaitSubscribed("Purchase/StockReceivedAuthorised");
    }

    @AfterEach
    void calm() {
        Inbound.calm(false);
    }

    @Test
    void aPurchaseOrderRaisedInDearIsExpectedWithItsLinesAfterOneRead() {
        Inbound.clearCalls();
        JsonObject simple = Inbound.raise("{\"type\": \"Simple\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 12}, {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3},"
                + " {\"sku\": \"TENT-2P-GRN\", \"quantity\": 2}]}");
        JsonObject advanced = Inbound.raise("{\"type\": \"Advanced\", \"approach\": \"INVOICE\", \"lines\": ["
                + "{\"sku\": \"PACK-45L-BLU\", \"quantity\": 5}]}");

        JsonObject s = Await.await("receipt of " + simple.getString("orderNumber"),
                () -> Inbound.receiptByNumber(simple.getString("orderNumber")));
        assertEquals("EXPECTED", s.getString("status"));
        assertEquals("SIMPLE", s.getString("type"));
        assertEquals("STOCK", s.getString("approach"));
        assertEquals(simple.getString("id").toLowerCase(), s.getString("purchaseId"));
        assertEquals(2, s.getJsonArray("lines").size(), "TENT's two order lines are one expected line");
        JsonObject tent = s.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("sku").equals("TENT-2P-GRN")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("14").compareTo(tent.getJsonNumber("ordered").bigDecimalValue()));
        assertEquals(0, tent.getJsonNumber("received").bigDecimalValue().signum());
        assertEquals(0, new BigDecimal("14").compareTo(tent.getJsonNumber("remaining").bigDecimalValue()));

        // An Advanced purchase's webhook names its order task, not the purchase: found by its number, read once.
        JsonObject a = Await.await("receipt of " + advanced.getString("orderNumber"),
                () -> Inbound.receiptByNumber(advanced.getString("orderNumber")));
        assertEquals("ADVANCED", a.getString("type"));
        assertEquals("INVOICE", a.getString("approach"));
        assertEquals(1, a.getJsonArray("lines").size());

        assertEquals(1, Inbound.documentReads(simple.getString("id")), "one GET of the Simple purchase");
        assertEquals(1, Inbound.documentReads(advanced.getString("id")), "one GET of the Advanced purchase");
        assertEquals(1, Inbound.receiptsOf(simple.getString("id")));
    }

    @Test
    void aPurchaseVoidedInDearCancelsItsReceipt() {
        JsonObject po = Inbound.raise("{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 4}]}");
        JsonObject receipt = Await.await("receipt of " + po.getString("orderNumber"),
                () -> Inbound.receiptByNumber(po.getString("orderNumber")));
        long id = receipt.getJsonNumber("id").longValue();
        Inbound.cursorAt(Instant.now().minusSeconds(1));

        Inbound.act(po.getString("id"), "void", null); // DEAR has no void webhook: reconciliation finds it
        JsonObject report = Inbound.reconcile();
        assertEquals("COMPLETED", report.getString("outcome"), report.toString());

        JsonObject cancelled = Await.await("receipt " + id + " cancelled", () -> {
            JsonObject r = Inbound.receipt(id);
            return "CANCELLED".equals(r.getString("status")) ? r : null;
        });
        assertEquals("voided in DEAR", cancelled.getString("statusReason"));
        assertEquals("VOIDED", cancelled.getJsonObject("dear").getString("status"));
    }

    @Test
    void stockADearUserReceivedShowsOnTheReceiptAndCounts() {
        JsonObject po = Inbound.raise("{\"type\": \"Advanced\", \"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 10},"
                + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 2}]}");
        JsonObject receipt = Await.await("receipt of " + po.getString("orderNumber"),
                () -> Inbound.receiptByNumber(po.getString("orderNumber")));
        long id = receipt.getJsonNumber("id").longValue();

        Inbound.act(po.getString("id"), "receive", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 6,"
                + " \"batch\": \"L-77\"}]}");

        JsonObject partly = Await.await("receipt " + id + " partly received", () -> {
            JsonObject r = Inbound.receipt(id);
            return "PARTLY_RECEIVED".equals(r.getString("status")) ? r : null;
        });
        JsonObject tent = partly.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("sku").equals("TENT-2P-GRN")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("6").compareTo(tent.getJsonNumber("received").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4").compareTo(tent.getJsonNumber("remaining").bigDecimalValue()));
        List<JsonObject> stock = partly.getJsonObject("dear").getJsonArray("stock").getValuesAs(JsonObject.class);
        assertTrue(stock.stream().allMatch(t -> t.getString("enteredBy").equals("DEAR_USER")), stock.toString());
        JsonObject putAway = stock.stream().filter(t -> t.getString("kind").equals("PUT_AWAY")).findFirst()
                .orElseThrow(() -> new AssertionError("DEAR's put-away shows: " + stock));
        assertEquals("AUTHORISED", putAway.getString("status"));
        JsonObject line = putAway.getJsonArray("lines").getJsonObject(0);
        assertNotNull(line.getString("cardId", null), "DEAR's CardID is kept");
        assertEquals("L-77", line.getString("batch"));
    }

    @Test
    void dropShipAndServicePurchasesMakeNoReceiptAndCostNoRead() {
        Inbound.clearCalls();
        JsonObject dropShip = Inbound.raise("{\"dropShip\": true, \"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1}]}");
        JsonObject service = Inbound.raise("{\"type\": \"Service\", \"lines\": [{\"sku\": \"FREIGHT\", \"quantity\": 1}]}");
        JsonObject normal = Inbound.raise("{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1}]}");
        // Events are processed in order within the account; once the last one's receipt is there, all were handled.
        Await.await("receipt of " + normal.getString("orderNumber"),
                () -> Inbound.receiptByNumber(normal.getString("orderNumber")));
        Inbound.awaitInboxSettled();

        for (JsonObject po : List.of(dropShip, service)) {
            assertEquals(0, Inbound.receiptsOf(po.getString("id")), po.getString("orderNumber"));
            assertEquals(0, Inbound.documentReads(po.getString("id")), "no GET of " + po.getString("orderNumber"));
            assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE account_code = ? AND"
                    + " document_number = ? AND status = 'SKIPPED'", Inbound.ACCOUNT, po.getString("orderNumber")));
        }
    }

    @Test
    void aPurchaseWhoseWebhookWasMissedIsFoundByReconciliation() {
        Inbound.cursorAt(Instant.now().minusSeconds(1));
        Inbound.calm(true);
        JsonObject po = Inbound.raise("{\"lines\": [{\"sku\": \"PACK-45L-BLU\", \"quantity\": 7}]}");
        Inbound.clearCalls();

        JsonObject report = Inbound.reconcile();
        assertEquals("COMPLETED", report.getString("outcome"), report.toString());
        assertTrue(report.getString("detail").contains("purchases:"), report.toString());

        JsonObject receipt = Await.await("receipt of " + po.getString("orderNumber"),
                () -> Inbound.receiptByNumber(po.getString("orderNumber")));
        assertEquals("EXPECTED", receipt.getString("status"));
        assertEquals(1, Inbound.documentReads(po.getString("id")), "one GET of the purchase");
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE account_code = ? AND document_id = ?"
                + " AND source = 'RECONCILER'", Inbound.ACCOUNT, po.getString("id").toLowerCase()));

        // A second pass finds nothing new: the row matches what the receipt holds.
        Inbound.clearCalls();
        Inbound.reconcile();
        Inbound.awaitInboxSettled();
        assertEquals(0, Inbound.documentReads(), "nothing read again");
    }

    @Test
    void oldPurchasesTouchedByPaymentsCostNoReadAndMakeNoReceipt() {
        Inbound.calm(true); // DEAR users worked on these long ago; none of it reached the bridge by webhook
        JsonObject completed = Inbound.raise("{\"age\": \"P60D\", \"announce\": false,"
                + " \"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 3}]}");
        Inbound.act(completed.getString("id"), "receive", null);
        Inbound.act(completed.getString("id"), "invoice", null);
        JsonObject voided = Inbound.raise("{\"age\": \"P45D\", \"announce\": false,"
                + " \"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1}]}");
        Inbound.act(voided.getString("id"), "void", null);
        JsonObject dropShip = Inbound.raise("{\"age\": \"P30D\", \"announce\": false, \"dropShip\": true,"
                + " \"lines\": [{\"sku\": \"PACK-45L-BLU\", \"quantity\": 2}]}");
        // One the bridge knows, received in full long ago.
        Inbound.calm(false);
        JsonObject known = Inbound.raise("{\"lines\": [{\"sku\": \"PACK-45L-BLU\", \"quantity\": 2}]}");
        long knownId = Await.await("receipt of " + known.getString("orderNumber"),
                () -> Inbound.receiptByNumber(known.getString("orderNumber"))).getJsonNumber("id").longValue();
        Inbound.act(known.getString("id"), "receive", null);
        Await.await("receipt " + knownId + " received", () -> "RECEIVED".equals(Inbound.receipt(knownId)
                .getString("status")) ? 1 : null);
        Inbound.awaitInboxSettled();
        Inbound.calm(true);
        Inbound.cursorAt(Instant.now().minusSeconds(1));

        List<String> old = List.of(completed.getString("id"), dropShip.getString("id"), known.getString("id"));
        for (int round = 1; round <= 2; round++) {
            Inbound.touch(old);
            Inbound.clearCalls();
            JsonObject report = Inbound.reconcile();
            assertEquals("COMPLETED", report.getString("outcome"), report.toString());
            Inbound.awaitInboxSettled();
            assertEquals(0, Inbound.documentReads(), "round " + round + ": no purchase read; " + report);
            assertTrue(Inbound.calls("GET", "purchaseList") >= 1, "the list was read");
        }
        assertEquals(0, Inbound.receiptsOf(completed.getString("id")));
        assertEquals(0, Inbound.receiptsOf(voided.getString("id")));
        assertEquals(0, Inbound.receiptsOf(dropShip.getString("id")));
        assertEquals("RECEIVED", Inbound.receipt(knownId).getString("status"));
        assertEquals(2, ItDatabase.count("SELECT COUNT(*) FROM seen_purchase WHERE account_code = ? AND purchase_id IN"
                + " (?, ?)", Inbound.ACCOUNT, completed.getString("id").toLowerCase(),
                dropShip.getString("id").toLowerCase()), "recorded once as history");
        assertEquals(0, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE account_code = ? AND source ="
                + " 'RECONCILER' AND document_id IN (?, ?, ?)", Inbound.ACCOUNT, completed.getString("id").toLowerCase(),
                dropShip.getString("id").toLowerCase(), known.getString("id").toLowerCase()));
    }
}
