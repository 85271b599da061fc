package io.dearbridge.it.returns;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.order;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Http.json;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.lastSeq;
import static io.dearbridge.it.returns.Desk.awaitReturn;
import static io.dearbridge.it.returns.Desk.creditNotes;
import static io.dearbridge.it.returns.Desk.returnOf;
import static io.dearbridge.it.returns.Desk.returnsOf;
import static io.dearbridge.it.returns.Desk.shippedSale;
import static io.dearbridge.it.returns.Desk.unshippedSale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Bridge;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import io.dearbridge.it.returns.Desk.Sale;
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

/** Returns both ways, against the simulator as DEAR: never two credit notes for one return. */
@ExtendWith(ArquillianExtension.class)
class ReturnsIT {

    private static final String TENT_AND_STOVES = "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249},"
            + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"price\": 59.95}]";

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

    /** A freshly deployed bridge subscribes after start; a sale or credit note made before would send no webhook. */
    @BeforeEach
    void subscribed() {
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
        Simulator.awaitSubscribed("Sale/CreditNoteAuthorised");
    }

    @Test
    void aCreditNoteRaisedInDearIsExpectedWithItsLinesAndReceivingItCreatesNoSecondNote() {
        Sale sale = shippedSale(TENT_AND_STOVES);
        act(sale.saleId(), "creditnote", "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2}], \"restock\": true}");
        JsonObject note = creditNotes(sale.saleId()).get(0);

        JsonObject expected = await("expected return of " + sale.number(), () -> returnsOf(sale.number()).stream()
                .filter(r -> "EXPECTED".equals(r.getString("status"))).findFirst().orElse(null));
        assertEquals("DEAR", expected.getString("origin"));
        assertEquals(note.getString("CreditNoteNumber"), expected.getJsonObject("creditNote").getString("number"));
        assertEquals(1, expected.getJsonArray("lines").size());
        JsonObject line = expected.getJsonArray("lines").getJsonObject(0);
        assertEquals("STOVE-GAS-01", line.getString("sku"));
        assertEquals("Summit Gas Stove", line.getString("name"));
        assertEquals(2, line.getJsonNumber("quantity").intValue());
        assertEquals(2, line.getJsonNumber("restockQuantity").intValue());
        assertNotNull(expected.getString("restockLocation"));
        assertTrue(order(sale.orderId()).getJsonArray("timeline").toString()
                .contains("Credit note " + note.getString("CreditNoteNumber") + " authorised in DEAR"));

        long before = lastSeq();
        long id = expected.getJsonNumber("id").longValue();
        HttpResponse<String> receipt = warehouse("POST", "returns/" + id + "/receipts",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2, \"condition\": \"RESTOCK\","
                        + " \"location\": \"Main Warehouse: RETURNS\"}]}", "Idempotency-Key", "receipt-" + id);
        assertEquals(200, receipt.statusCode(), receipt.body());
        assertEquals("CREDITED", Http.<JsonObject>json(receipt).getString("status"));
        HttpResponse<String> again = warehouse("POST", "returns/" + id + "/receipts",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2, \"condition\": \"RESTOCK\","
                        + " \"location\": \"Main Warehouse: RETURNS\"}]}", "Idempotency-Key", "receipt-" + id);
        assertEquals(receipt.body(), again.body(), "a repeat gets the first answer");
        assertEquals(409, warehouse("POST", "returns/" + id + "/receipts", "{\"lines\": [{\"sku\": \"STOVE-GAS-01\","
                + " \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}").statusCode(), "received already");

        assertEquals(1, creditNotes(sale.saleId()).size(), "no second credit note");
        assertEquals(0, Simulator.count(callsSince(before), "POST", "sale/creditnote", null), "DEAR was not written to");
        assertEquals(1, returnsOf(sale.number()).size(), "one return for one credit note, however often imported");
    }

    @Test
    void aDockReturnCreatesExactlyOneCreditNoteWithRestockLinesForWhatGoesBackToStock() {
        Sale sale = shippedSale(TENT_AND_STOVES);
        long before = lastSeq();
        HttpResponse<String> posted = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"condition\": \"RESTOCK\","
                        + " \"location\": \"Main Warehouse: RETURNS\"},"
                        + " {\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}");
        assertEquals(202, posted.statusCode(), posted.body());
        JsonObject dock = json(posted);
        assertEquals("RECEIVED", dock.getString("status"));
        assertEquals("DEAR_CREDIT_NOTE", dock.getJsonArray("commands").getJsonObject(0).getString("type"));
        String reference = dock.getString("reference");

        JsonObject credited = awaitReturn(dock.getJsonNumber("id").longValue(), "CREDITED");
        List<JsonObject> notes = creditNotes(sale.saleId());
        assertEquals(1, notes.size());
        JsonObject note = notes.get(0);
        assertEquals(note.getString("CreditNoteNumber"), credited.getJsonObject("creditNote").getString("number"));
        assertEquals("AUTHORISED", note.getString("Status"));
        assertTrue(note.getString("Memo").contains(reference), note.getString("Memo"));
        assertEquals(List.of("STOVE-GAS-01", "TENT-2P-GRN"), note.getJsonArray("Lines").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("SKU")).sorted().toList());
        List<JsonObject> restock = note.getJsonArray("Restock").getValuesAs(JsonObject.class);
        assertEquals(1, restock.size(), "the written-off stove is not restocked");
        assertEquals("TENT-2P-GRN", restock.get(0).getString("SKU"));
        assertEquals(1, restock.get(0).getJsonNumber("Quantity").intValue());
        assertEquals("Main Warehouse: RETURNS", restock.get(0).getString("RestockLocation"));
        assertEquals("RESTOCKED", note.getString("RestockStatus"));
        assertEquals(1, Simulator.count(callsSince(before), "POST", "sale/creditnote", null));
        await("the note's webhook processed", () -> ItDatabase.count("select count(*) from inbox_event where document_id = ?"
                + " and event_type = 'Sale/CreditNoteAuthorised' and status = 'DONE'", sale.saleId().toLowerCase()) > 0
                ? true : null);
        assertEquals(1, returnsOf(sale.number()).size(), "DEAR's webhook about the bridge's own note adds no return");
    }

    @Test
    void aTimeoutAfterDearStoredTheNoteIsSettledByReadingAndDearEndsWithOneNote() {
        Sale sale = shippedSale(TENT_AND_STOVES);
        long before = lastSeq();
        // DEAR stores the note, then answers only after 8 s: the bridge's read timeout (5 s here) fires first.
        Simulator.fault("{\"count\": 1, \"status\": 500, \"method\": \"POST\", \"path\": \"sale/creditnote\","
                + " \"storeFirst\": true, \"delayMs\": 8000}");
        HttpResponse<String> posted = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2, \"condition\": \"RESTOCK\","
                        + " \"location\": \"Main Warehouse: RETURNS\"}]}");
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Http.<JsonObject>json(posted).getJsonNumber("id").longValue();

        JsonObject command = await("the credit note command SENT after a retry", () -> {
            JsonObject c = returnOf(id).getJsonArray("commands").getJsonObject(0);
            return "SENT".equals(c.getString("status")) ? c : null;
        });
        assertTrue(command.getInt("attempts") >= 2, "the first attempt timed out: " + command);
        awaitReturn(id, "CREDITED");
        assertEquals(1, creditNotes(sale.saleId()).size(), "one note: the retry recognised the stored one");
        // The held POST is logged when its answer finally goes out, after the retry already settled it by reading.
        await("the held POST in DEAR's call log", () -> Simulator.count(callsSince(before), "POST", "sale/creditnote", null) > 0 ? true : null);
        assertEquals(1, Simulator.count(callsSince(before), "POST", "sale/creditnote", null), "the retry did not POST again");
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertTrue(Simulator.count(callsSince(before), "GET", "sale", null) >= 2, "the retry read the sale first");
    }

    @Test
    void refusalsChangeNothing() {
        Sale never = unshippedSale("[{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1}]");
        refused(409, never, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}",
                "has not shipped");

        Sale voided = shippedSale("[{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1}]");
        act(voided.saleId(), "void");
        await("order CANCELLED", () -> "CANCELLED".equals(order(voided.orderId()).getString("status")) ? true : null);
        refused(409, voided, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}",
                "voided");

        Sale sale = shippedSale(TENT_AND_STOVES);
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 4, \"condition\": \"WRITE_OFF\"}]}",
                "may still be returned");
        refused(400, sale, "{\"lines\": [{\"sku\": \"NOPE-1\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}",
                "not on order");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 0, \"condition\": \"WRITE_OFF\"}]}",
                "greater than 0");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": -1, \"condition\": \"WRITE_OFF\"}]}",
                "greater than 0");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1}]}", "condition is required");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"condition\": \"WRITE_OFF\"}]}",
                "quantity is required");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"RESTOCK\"}]}",
                "location is required");
        refused(400, sale, "{\"lines\": []}", "lines are required");
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"BROKEN\"}]}",
                "unknown");
        assertEquals(0, creditNotes(sale.saleId()).size());
    }

    @Test
    void dearsOwnRefusalIsAFailedSyncWithDearsMessage() {
        Sale sale = shippedSale(TENT_AND_STOVES);
        // A refusal the bridge cannot foresee (a missing invoice it can: CreditNoteRulesIT).
        Simulator.fault(1, 400, "POST", "sale/creditnote", "Credit note date is in a closed accounting period.");
        HttpResponse<String> posted = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}");
        assertEquals(202, posted.statusCode(), posted.body());
        long id = Http.<JsonObject>json(posted).getJsonNumber("id").longValue();
        JsonObject command = await("the credit note command FAILED", () -> {
            JsonObject c = returnOf(id).getJsonArray("commands").getJsonObject(0);
            return "FAILED".equals(c.getString("status")) ? c : null;
        });
        assertTrue(command.getString("lastError").contains("closed accounting period"), command.toString());
        assertEquals(400, command.getInt("lastHttpStatus"));
        assertEquals("RECEIVED", returnOf(id).getString("status"));
        assertEquals(0, creditNotes(sale.saleId()).size());
        assertEquals(1, ItDatabase.count("select count(*) from outbox_command where status = 'FAILED' and command_type ="
                + " 'DEAR_CREDIT_NOTE' and ordering_key = ?", "order:" + sale.orderId()), "visible to operators");
        assertTrue(order(sale.orderId()).getJsonArray("timeline").toString().contains("FAILED in DEAR"));
    }

    @Test
    void aPartialReturnThenTheRestAndAThirdIsRefused() {
        Sale sale = shippedSale("[{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3}]");
        // Two credit notes need an Advanced Sale (a Simple Sale keeps one: CreditNoteRulesIT).
        act(sale.saleId(), "addfulfilment");
        HttpResponse<String> first = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}");
        assertEquals(202, first.statusCode(), first.body());
        HttpResponse<String> rest = warehouse("POST", "orders/" + sale.orderId() + "/returns",
                "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 2, \"condition\": \"RESTOCK\","
                        + " \"location\": \"Main Warehouse: RETURNS\"}]}");
        assertEquals(202, rest.statusCode(), rest.body());
        refused(400, sale, "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}",
                "Only 0 of STOVE-GAS-01 may still be returned");
        awaitReturn(Http.<JsonObject>json(first).getJsonNumber("id").longValue(), "CREDITED");
        awaitReturn(Http.<JsonObject>json(rest).getJsonNumber("id").longValue(), "CREDITED");
        assertEquals(2, creditNotes(sale.saleId()).size());
    }

    @Test
    void aCreditNoteVoidedInDearCancelsItsExpectedReturn() {
        Sale sale = shippedSale(TENT_AND_STOVES);
        act(sale.saleId(), "creditnote", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1}]}");
        long id = await("expected return", () -> returnsOf(sale.number()).stream().findFirst()
                .map(r -> r.getJsonNumber("id").longValue()).orElse(null));
        act(sale.saleId(), "voidcreditnote");
        // Voiding a credit note fires no webhook (docs/dear-api.md §2.4); the next event of the sale brings it.
        HttpResponse<String> hook = Bridge.postWebhook("Sale/Backordered",
                Bridge.salePayload(sale.saleId(), sale.number()));
        assertEquals(200, hook.statusCode(), hook.body());
        JsonObject cancelled = awaitReturn(id, "CANCELLED");
        assertEquals("VOIDED", cancelled.getJsonObject("creditNote").getString("status"));
        assertEquals(409, warehouse("POST", "returns/" + id + "/receipts", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 1, \"condition\": \"WRITE_OFF\"}]}").statusCode());
    }

    private static void refused(int status, Sale sale, String body, String message) {
        long returns = ItDatabase.count("select count(*) from warehouse_return where order_id = ?", sale.orderId());
        long commands = ItDatabase.count("select count(*) from outbox_command where ordering_key = ?", "order:" + sale.orderId());
        // Only the warehouse's own lines: DEAR's webhooks and the outbox may add theirs meanwhile.
        String warehouseLines = "select count(*) from order_timeline where order_id = ? and source = 'WAREHOUSE'";
        long timeline = ItDatabase.count(warehouseLines, sale.orderId());
        HttpResponse<String> answer = warehouse("POST", "orders/" + sale.orderId() + "/returns", body);
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains(message), answer.body());
        assertEquals(returns, ItDatabase.count("select count(*) from warehouse_return where order_id = ?", sale.orderId()));
        assertEquals(commands, ItDatabase.count("select count(*) from outbox_command where ordering_key = ?",
                "order:" + sale.orderId()));
        assertEquals(timeline, ItDatabase.count(warehouseLines, sale.orderId()));
    }
}
