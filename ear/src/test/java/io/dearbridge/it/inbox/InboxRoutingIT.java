package io.dearbridge.it.inbox;

import static io.dearbridge.it.Await.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.dearbridge.it.Await;
import io.dearbridge.it.Bridge;
import io.dearbridge.it.Deployments;
import io.dearbridge.it.Http;
import io.dearbridge.it.InboxEvents;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox routes each event by its type: a second handler (test-only, for purchase orders, standing in for the
 * receiving feature's handler, which this deployment leaves out) deploys beside the sale handler, and each gets only
 * its own events; a type no handler takes is kept as IGNORED. The receiver reads each
 * type's identifiers from its definition: the purchase event's TaskID and PurchaseOrderNumber.
 */
@ExtendWith(ArquillianExtension.class)
class InboxRoutingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEarReplacingEjbClasses(List.of("io.dearbridge.receiving.PurchaseEventProcessor"),
                PurchaseProbeHandler.class);
    }

    @Test
    void theSaleHandlerAndASecondHandlerEachGetOnlyTheirOwnEvents() {
        String task = UUID.randomUUID().toString();
        String poNumber = "PO-" + task.substring(0, 8);
        HttpResponse<String> purchase = Bridge.postWebhook(PurchaseProbeHandler.TYPE,
                "{\"TaskID\": \"" + task.toUpperCase() + "\", \"PurchaseOrderNumber\": \"" + poNumber + "\"}");
        assertEquals("accepted", Http.<JsonObject>json(purchase).getString("status"), purchase.body());
        JsonObject sale = Simulator.sale("{}");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");

        long purchaseEvent = InboxEvents.eventId(purchase);
        InboxEvents.awaitStatus(purchaseEvent, "DONE");
        assertEquals(List.of("PURCHASE", "", task, poNumber, PurchaseProbeHandler.NOTE), row(purchaseEvent));

        Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        String saleId = sale.getString("ID").toLowerCase();
        InboxEvents.awaitSaleSettled(saleId, 1);
        List<Long> saleEvents = ItDatabase.query("select id from inbox_event where document_id = ?",
                row -> row.getLong(1), saleId);
        assertNotEquals(List.of(), saleEvents);
        for (long id : saleEvents) {
            List<String> row = row(id);
            assertEquals("SALE", row.get(0), "the sale event is about a sale: " + row);
            assertNotEquals(PurchaseProbeHandler.NOTE, row.get(4), "the sale handler took the sale event");
        }
    }

    @Test
    void aTypeNoHandlerTakesIsStoredAsIgnored() {
        String task = UUID.randomUUID().toString();
        HttpResponse<String> response = Bridge.postWebhook("Purchase/StockReceivedAuthorised",
                "{\"TaskID\": \"" + task + "\", \"PurchaseOrderNumber\": \"PO-IGN\"}");
        assertEquals("ignored", Http.<JsonObject>json(response).getString("status"), response.body());
        assertEquals("PURCHASE", row(InboxEvents.eventId(response)).get(0), "defined, so its document is known");
    }

    @Test
    void aWaitingEventWhoseTypeNoHandlerTakesIsMarkedIgnoredWithTheReason() {
        String key = "routing-" + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        ItDatabase.update("INSERT INTO inbox_event (account_code, event_type, document_kind, document_task_id, dedupe_key,"
                + " payload, source, status, attempts, next_attempt_at, received_at, updated_at, version, deliveries)"
                + " VALUES ('demo', 'Purchase/CreditNoteAuthorised', 'PURCHASE', ?, ?, '{}', 'WEBHOOK', 'RECEIVED', 0,"
                + " ?, ?, ?, 0, 1)", key, key, now, now, now);
        long id = ItDatabase.query("select id from inbox_event where dedupe_key = ?", row -> row.getLong(1), key).get(0);
        InboxEvents.awaitStatus(id, "IGNORED");
        Await.awaitTrue("the reason kept", () -> row(id).get(4).contains("No handler takes event type"
                + " Purchase/CreditNoteAuthorised"));
    }

    @Test
    void eventsOfOnePurchaseWaitForEachOtherAndEventsOfAnotherDoNot() {
        String task = UUID.randomUUID().toString();
        String key = "earlier-" + task;
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(3600));
        // An earlier event of the purchase still waits (its retry an hour away).
        ItDatabase.update("INSERT INTO inbox_event (account_code, event_type, document_kind, document_task_id, dedupe_key,"
                + " payload, source, status, attempts, next_attempt_at, received_at, updated_at, version, deliveries)"
                + " VALUES ('demo', ?, 'PURCHASE', ?, ?, '{}', 'WEBHOOK', 'RETRY', 1, ?, ?, ?, 0, 1)",
                PurchaseProbeHandler.TYPE, task, key, later, now, now);
        long earlier = ItDatabase.query("select id from inbox_event where dedupe_key = ?", r -> r.getLong(1), key).get(0);

        long waiting = InboxEvents.eventId(Bridge.postWebhook(PurchaseProbeHandler.TYPE,
                "{\"TaskID\": \"" + task + "\", \"PurchaseOrderNumber\": \"PO-WAIT\"}"));
        long other = InboxEvents.eventId(Bridge.postWebhook(PurchaseProbeHandler.TYPE,
                "{\"TaskID\": \"" + UUID.randomUUID() + "\", \"PurchaseOrderNumber\": \"PO-OTHER\"}"));

        InboxEvents.awaitStatus(other, "DONE");
        Await.awaitTrue("the later event of the purchase waiting (not failed) behind the earlier one", () ->
                ItDatabase.count("select count(*) from inbox_event where id = ? and status = 'RECEIVED'"
                        + " and waiting_for = 'EARLIER_EVENT' and attempts = 0", waiting) == 1);

        ItDatabase.update("UPDATE inbox_event SET status = 'DONE' WHERE id = ?", earlier);
        InboxEvents.awaitStatus(waiting, "DONE");
    }

    /**
     * A round asks each account for RECEIVED events, and for RETRY and PROCESSING only where such events are due
     * (issue 27): an event due to be retried and one whose claim's lease ran out on another node are still taken.
     */
    @Test
    void anEventDueForRetryAndOneWhoseLeaseRanOutAreClaimedAgain() {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp past = Timestamp.from(Instant.now().minusSeconds(60));
        String retryKey = "retry-" + UUID.randomUUID();
        String leaseKey = "lease-" + UUID.randomUUID();
        ItDatabase.update("INSERT INTO inbox_event (account_code, event_type, document_kind, document_task_id, dedupe_key,"
                + " payload, source, status, attempts, next_attempt_at, received_at, updated_at, version, deliveries)"
                + " VALUES ('demo', ?, 'PURCHASE', ?, ?, '{}', 'WEBHOOK', 'RETRY', 1, ?, ?, ?, 0, 1)",
                PurchaseProbeHandler.TYPE, UUID.randomUUID().toString(), retryKey, past, now, now);
        ItDatabase.update("INSERT INTO inbox_event (account_code, event_type, document_kind, document_task_id, dedupe_key,"
                + " payload, source, status, attempts, next_attempt_at, received_at, updated_at, version, deliveries,"
                + " claimed_by) VALUES ('demo', ?, 'PURCHASE', ?, ?, '{}', 'WEBHOOK', 'PROCESSING', 1, ?, ?, ?, 0, 1,"
                + " 'a-node-that-stopped')",
                PurchaseProbeHandler.TYPE, UUID.randomUUID().toString(), leaseKey, past, now, now);
        long retry = ItDatabase.query("select id from inbox_event where dedupe_key = ?", r -> r.getLong(1), retryKey)
                .get(0);
        long lease = ItDatabase.query("select id from inbox_event where dedupe_key = ?", r -> r.getLong(1), leaseKey)
                .get(0);
        // A webhook kicks the dispatcher now rather than at its next poll.
        InboxEvents.eventId(Bridge.postWebhook(PurchaseProbeHandler.TYPE,
                "{\"TaskID\": \"" + UUID.randomUUID() + "\", \"PurchaseOrderNumber\": \"PO-KICK\"}"));

        InboxEvents.awaitStatus(retry, "DONE");
        InboxEvents.awaitStatus(lease, "DONE");
    }

    /** Kind, id, task id, number and note of one inbox row ("" for null). */
    private static List<String> row(long id) {
        return ItDatabase.query("select document_kind, document_id, document_task_id, document_number, note"
                + " from inbox_event where id = ?", r -> List.of(text(r.getString(1)), text(r.getString(2)),
                text(r.getString(3)), text(r.getString(4)), text(r.getString(5))), id).get(0);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
