package io.dearbridge.it.returns;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.lastSeq;
import static io.dearbridge.it.returns.Desk.awaitReturn;
import static io.dearbridge.it.returns.Desk.creditNotes;
import static io.dearbridge.it.returns.Desk.returnOf;
import static io.dearbridge.it.returns.Desk.returnsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Bridge;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restock and the credit note body against a simulator as strict as DEAR: goods go back to DEAR's stock exactly
 * once, at the place the account's location-map names, under the batch they were picked from.
 */
@ExtendWith(ArquillianExtension.class)
class RestockIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    /** DEAR's rough edges that change no outcome (array error bodies, the burst 403 limit) are on in the flow. */
    @BeforeEach
    void roughDear() {
        Simulator.calm();
        Simulator.roughEdges();
    }

    @AfterEach
    void calmDear() {
        Simulator.calm();
    }

    @BeforeEach
    void subscribed() {
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
        Simulator.awaitSubscribed("Sale/CreditNoteAuthorised");
    }

    /** A batch-tracked SKU of this test alone (stock set for it makes DEAR ask for its batch from now on). */
    private static String batchTracked(String batch) {
        String sku = "LAMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Simulator.setStock("{\"lines\": [{\"sku\": \"" + sku + "\", \"location\": \"Main Warehouse\", \"batch\": \""
                + batch + "\", \"quantity\": 5}]}");
        return sku;
    }

    /** Authorised in DEAR, then picked (DEAR's auto-pick takes the batch), packed and shipped by a DEAR user. */
    private static Desk.Sale shipped(String saleSpec) {
        JsonObject sale = Simulator.sale(saleSpec);
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        act(saleId, "pick");
        act(saleId, "pack");
        act(saleId, "ship");
        long orderId = await("order " + number + " SHIPPED", () -> Bridge.orderByNumber(number, "SHIPPED"))
                .getJsonNumber("id").longValue();
        return new Desk.Sale(saleId, number, orderId);
    }

    private static BigDecimal onHand(String sku, String place, String batch) {
        return Simulator.stockOf(sku).stream()
                .filter(s -> place.equalsIgnoreCase(s.getString("location")) && batch.equals(s.getString("batch")))
                .map(s -> s.getJsonNumber("onHand").bigDecimalValue()).findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    void restockDearsAuthorisedNoteLacksIsExactlyOneStockAdjustmentEvenAfterATimeoutAfterDearStoredIt() {
        String sku = batchTracked("LOT-A");
        Desk.Sale sale = shipped("{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": [{\"sku\": \"" + sku
                + "\", \"quantity\": 2, \"price\": 20}]}");
        act(sale.saleId(), "creditnote", "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2}], \"restock\": false}");
        JsonObject expected = await("expected return of " + sale.number(), () -> returnsOf(sale.number()).stream()
                .filter(r -> "EXPECTED".equals(r.getString("status"))).findFirst().orElse(null));
        long id = expected.getJsonNumber("id").longValue();
        assertEquals(BigDecimal.ZERO, onHand(sku, "Main Warehouse: RETURNS", "LOT-A"));

        long before = lastSeq();
        // DEAR stores the adjustment, then answers only after 8 s: the bridge's read timeout (5 s here) fires first.
        Simulator.fault("{\"count\": 1, \"status\": 500, \"method\": \"POST\", \"path\": \"stockadjustment\","
                + " \"storeFirst\": true, \"delayMs\": 8000}");
        HttpResponse<String> receipt = warehouse("POST", "returns/" + id + "/receipts", "{\"lines\": [{\"sku\": \""
                + sku + "\", \"quantity\": 2, \"condition\": \"RESTOCK\", \"location\": \"RETURNS\"}]}");
        assertEquals(202, receipt.statusCode(), receipt.body());
        assertEquals("DEAR_RESTOCK", Http.<JsonObject>json(receipt).getJsonArray("commands").getJsonObject(0)
                .getString("type"));

        JsonObject command = await("the restock command SENT after a retry", () -> {
            JsonObject c = returnOf(id).getJsonArray("commands").getJsonObject(0);
            return "SENT".equals(c.getString("status")) ? c : null;
        });
        assertTrue(command.getInt("attempts") >= 2, "the first attempt timed out: " + command);
        awaitReturn(id, "CREDITED");
        await("the held POST in DEAR's call log", () -> Simulator.count(callsSince(before), "POST", "stockadjustment",
                null) > 0 ? true : null);
        List<JsonObject> calls = callsSince(before);
        assertEquals(1, Simulator.count(calls, "POST", "stockadjustment", null), "one adjustment for one receipt");
        assertEquals(command.getInt("attempts") - 1, Simulator.count(calls, "GET", "stockadjustmentList", null),
                "each retry looked for it first, one page of COMPLETED adjustments");
        assertEquals(0, Simulator.count(calls, "POST", "sale/creditnote", null), "DEAR's authorised note is not written");
        assertEquals(0, new BigDecimal("2").compareTo(onHand(sku, "Main Warehouse: RETURNS", "LOT-A")),
                "back in DEAR's stock once, at the mapped bin, under the picked batch: " + Simulator.stockOf(sku));
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertTrue(Bridge.order(sale.orderId()).getJsonArray("timeline").toString().contains("stock adjustment"));
    }

    @Test
    void aDockReturnsNoteCarriesTheMappedPlaceThePickedBatchTheSalesRateAndTotalsDearAccepts() {
        String sku = batchTracked("LOT-B");
        Desk.Sale sale = shipped("{\"customer\": \"Northwind Outdoor Ltd\", \"currencyRate\": 1.25, \"lines\": [{\"sku\": \""
                + sku + "\", \"quantity\": 3, \"price\": 19.99}, {\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"price\": 59.95}]}");

        HttpResponse<String> unknownPlace = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 1, \"condition\": \"RESTOCK\", \"location\": \"SHELF-9\"}]}");
        assertEquals(400, unknownPlace.statusCode(), unknownPlace.body());
        assertTrue(unknownPlace.body().contains("location-map"), unknownPlace.body());
        assertEquals(0, returnsOf(sale.number()).size(), "a refusal records nothing");

        HttpResponse<String> posted = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": 2, \"condition\": \"RESTOCK\", \"location\": \"RETURNS\"},"
                        + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}");
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Http.<JsonObject>json(posted).getJsonNumber("id").longValue();
        JsonObject credited = awaitReturn(id, "CREDITED");

        JsonObject note = creditNotes(sale.saleId()).get(0);
        assertEquals(credited.getJsonObject("creditNote").getString("number"), note.getString("CreditNoteNumber"));
        assertEquals(0, new BigDecimal("1.25").compareTo(note.getJsonNumber("CreditNoteConversionRate").bigDecimalValue()));
        JsonObject restock = note.getJsonArray("Restock").getJsonObject(0);
        assertEquals("Main Warehouse: RETURNS", restock.getString("RestockLocation"), "through the location-map");
        assertEquals("LOT-B", restock.getString("BatchSN"), "the batch it was picked from");
        JsonObject line = note.getJsonArray("Lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> sku.equals(l.getString("SKU"))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("39.98").compareTo(line.getJsonNumber("Total").bigDecimalValue()));
        assertEquals(0, new BigDecimal("4.00").compareTo(line.getJsonNumber("Tax").bigDecimalValue()));
        assertEquals(0, new BigDecimal("99.93").compareTo(note.getJsonNumber("TotalBeforeTax").bigDecimalValue()));
        assertEquals(0, new BigDecimal("2").compareTo(onHand(sku, "Main Warehouse: RETURNS", "LOT-B")),
                "DEAR restocked it: " + Simulator.stockOf(sku));
    }
}
