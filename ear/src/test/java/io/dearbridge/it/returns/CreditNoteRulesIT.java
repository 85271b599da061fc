package io.dearbridge.it.returns;

import static io.dearbridge.it.Await.await;
import static io.dearbridge.it.Bridge.order;
import static io.dearbridge.it.Bridge.warehouse;
import static io.dearbridge.it.Simulator.act;
import static io.dearbridge.it.Simulator.callsSince;
import static io.dearbridge.it.Simulator.lastSeq;
import static io.dearbridge.it.returns.Desk.awaitReturn;
import static io.dearbridge.it.returns.Desk.creditNotes;
import static io.dearbridge.it.returns.Desk.returnOf;
import static io.dearbridge.it.returns.Desk.shippedSale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Bridge;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import io.dearbridge.it.returns.Desk.Sale;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What DEAR refuses for a credit note, and what the bridge does instead of sending it: without an authorised invoice
 * the return waits (and its note is written once the invoice comes, by webhook or by reconciliation); a Simple Sale
 * takes one note, so a second return there waits for an operator; an Advanced Sale takes one note per return.
 */
@ExtendWith(ArquillianExtension.class)
class CreditNoteRulesIT {

    private static final String STOVES = "[{\"sku\": \"STOVE-GAS-01\", \"quantity\": 3, \"price\": 59.95}]";
    private static final String ONE_STOVE = "{\"lines\": [{\"sku\": \"STOVE-GAS-01\", \"quantity\": 1,"
            + " \"condition\": \"WRITE_OFF\"}]}";

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
        Simulator.awaitSubscribed("Sale/InvoiceAuthorised");
    }

    @Test
    void aDockReturnOnAnUninvoicedSaleWaitsThenTheInvoiceBringsExactlyOneNote() {
        Simulator.autoInvoice(false);
        Sale sale = shippedSale(STOVES);
        long before = lastSeq();
        long id = dockReturn(sale, ONE_STOVE);

        JsonObject waiting = awaitReturn(id, "WAITING_INVOICE");
        assertEquals("waiting for DEAR invoice", waiting.getString("statusText"));
        assertEquals(0, Simulator.count(callsSince(before), "POST", "sale/creditnote", null), "nothing DEAR would refuse");
        assertEquals(0, failedSyncs(sale), "waiting is not a failed sync");
        assertTrue(order(sale.orderId()).getJsonArray("timeline").toString().contains("waiting for DEAR invoice"));

        // Another import of the sale, still without an invoice, queues no second look for it (a type of its own, so
        // the later import below is not taken for a copy of this one).
        act(sale.saleId(), "touch");
        assertEquals(200, Bridge.postWebhook("Sale/ShipmentTrackingNumberChanged", Bridge.salePayload(sale.saleId(),
                sale.number())).statusCode());
        await("the uninvoiced import processed", () -> ItDatabase.count("select count(*) from inbox_event where"
                + " event_type = 'Sale/ShipmentTrackingNumberChanged' and status = 'DONE' and document_id = ?",
                sale.saleId().toLowerCase()) > 0 ? true : null);
        assertEquals(1, ItDatabase.count("select count(*) from outbox_command where ordering_key = ?"
                + " and command_type = 'DEAR_CREDIT_NOTE'", "order:" + sale.orderId()), "no note queued again");
        assertEquals("WAITING_INVOICE", returnOf(id).getString("status"));

        act(sale.saleId(), "invoice", "{\"status\": \"AUTHORISED\"}");
        JsonObject credited = awaitReturn(id, "CREDITED");
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertEquals(creditNotes(sale.saleId()).get(0).getString("CreditNoteNumber"),
                credited.getJsonObject("creditNote").getString("number"));
        await("the invoice's webhook processed", () -> ItDatabase.count("select count(*) from inbox_event where"
                + " event_type = 'Sale/InvoiceAuthorised' and status = 'DONE' and document_id = ?",
                sale.saleId().toLowerCase()) > 0 ? true : null);
        // DEAR's echo of the new note and any later import find nothing waiting: still one note.
        act(sale.saleId(), "touch");
        assertEquals(200, Bridge.postWebhook("Sale/Backordered", Bridge.salePayload(sale.saleId(), sale.number()))
                .statusCode());
        await("the later import processed", () -> ItDatabase.count("select count(*) from inbox_event where"
                + " event_type = 'Sale/Backordered' and status = 'DONE' and document_id = ?",
                sale.saleId().toLowerCase()) > 0 ? true : null);
        assertEquals(1, Simulator.count(callsSince(before), "POST", "sale/creditnote", null), "written exactly once");
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertEquals(0, failedSyncs(sale));
    }

    @Test
    void reconciliationNoticesAnInvoiceWhoseWebhookWasLost() {
        Simulator.autoInvoice(false);
        Sale sale = shippedSale(STOVES);
        long id = dockReturn(sale, ONE_STOVE);
        awaitReturn(id, "WAITING_INVOICE");

        Instant watermark = Instant.now();
        assertEquals(1, ItDatabase.update("UPDATE account SET reconciled_until = ? WHERE code = ?",
                Timestamp.from(watermark), Demo.ACCOUNT));
        Simulator.dropDeliveries();
        act(sale.saleId(), "invoice", "{\"status\": \"AUTHORISED\"}");
        HttpResponse<String> pass = Http.send(Http.asUser("/bridge/api/v1/accounts/" + Demo.ACCOUNT + "/reconcile",
                "admin", Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, pass.statusCode(), pass.body());

        awaitReturn(id, "CREDITED");
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertEquals(0, ItDatabase.count("select count(*) from inbox_event where event_type = 'Sale/InvoiceAuthorised'"
                + " and document_id = ?", sale.saleId().toLowerCase()), "no webhook: reconciliation found it");
    }

    @Test
    void aSecondDockReturnOnASimpleSaleWaitsForAnOperatorAndDearIsNotAskedTwice() {
        Sale sale = shippedSale(STOVES);
        long before = lastSeq();
        long first = dockReturn(sale, ONE_STOVE);
        awaitReturn(first, "CREDITED");
        long second = dockReturn(sale, ONE_STOVE);

        JsonObject operator = awaitReturn(second, "CREDIT_IN_DEAR");
        assertEquals("DEAR allows one credit note on a Simple Sale: credit it in DEAR, then mark it done here",
                operator.getString("statusText"));
        assertEquals("SENT", operator.getJsonArray("commands").getJsonObject(0).getString("status"),
                "settled without a write: not a failed sync");
        assertEquals(1, Simulator.count(callsSince(before), "POST", "sale/creditnote", null), "only the first note");
        assertEquals(0, Simulator.count(callsSince(before), "POST", "sale/creditnote", 400), "no refused write");
        assertEquals(1, creditNotes(sale.saleId()).size());
        assertEquals(0, failedSyncs(sale));
        assertTrue(order(sale.orderId()).getJsonArray("timeline").toString().contains("credit it in DEAR"));
    }

    @Test
    void twoReturnsOnAnAdvancedSaleGetTwoNotes() {
        Sale sale = shippedSale(STOVES);
        // A second fulfilment makes it an Advanced Sale in DEAR (docs/dear-api.md §4).
        act(sale.saleId(), "addfulfilment");
        assertEquals("Advanced Sale", Simulator.dearSale(sale.saleId()).getString("Type"));
        long before = lastSeq();
        long first = dockReturn(sale, ONE_STOVE);
        awaitReturn(first, "CREDITED");
        long second = dockReturn(sale, ONE_STOVE);
        awaitReturn(second, "CREDITED");
        assertEquals(2, creditNotes(sale.saleId()).size());
        assertEquals(2, Simulator.count(callsSince(before), "POST", "sale/creditnote", 200));
        assertEquals(0, failedSyncs(sale));
    }

    private static long dockReturn(Sale sale, String body) {
        HttpResponse<String> posted = warehouse("POST", "orders/" + sale.orderId() + "/returns", body);
        assertEquals(202, posted.statusCode(), posted.body());
        return Http.<JsonObject>json(posted).getJsonNumber("id").longValue();
    }

    private static long failedSyncs(Sale sale) {
        return ItDatabase.count("select count(*) from outbox_command where status in ('FAILED', 'RETRY', 'HELD')"
                + " and ordering_key = ?", "order:" + sale.orderId());
    }
}
