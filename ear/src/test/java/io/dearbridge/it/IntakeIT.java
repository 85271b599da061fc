package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Order intake end to end: DEAR's webhooks become warehouse orders, once, in order, through rough weather. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calmDear() {
        Simulator.calm();
    }

    @AfterEach
    void calmDearAgain() {
        Simulator.calm();
    }

    @Test
    void anAuthorisedSaleArrivesByWebhookAsAnOrderFieldByField() {
        JsonObject sale = Simulator.createSale("{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"name\": \"Trailhead 2P Tent\", \"quantity\": 2, \"price\": 249},"
                + "{\"sku\": \"STOVE-GAS-01\", \"name\": \"Summit Gas Stove\", \"quantity\": 3, \"price\": 59.95},"
                + "{\"sku\": \"MAT-SELF-01\", \"name\": \"Sleeping Mat\", \"quantity\": 1.5, \"price\": 80}],"
                + "\"shippingAddress\": {\"Line1\": \"Unit 4\", \"Line2\": \"18 Harbour Road\", \"City\": \"Port Melbourne\","
                + " \"State\": \"VIC\", \"Postcode\": \"3207\", \"Country\": \"Australia\", \"Company\": \"Northwind\","
                + " \"Contact\": \"Priya Nair\"}}");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");

        JsonObject order = Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));

        assertEquals(sale.getString("ID").toLowerCase(), order.getString("saleId"));
        assertEquals(Demo.ACCOUNT, order.getString("account"));
        assertEquals("AWAITING_PICK", order.getString("status"));
        assertEquals("Northwind Outdoor Ltd", order.getString("customer"));
        JsonObject address = order.getJsonObject("shippingAddress");
        assertEquals("Unit 4", address.getString("line1"));
        assertEquals("18 Harbour Road", address.getString("line2"));
        assertEquals("Port Melbourne", address.getString("city"));
        assertEquals("VIC", address.getString("state"));
        assertEquals("3207", address.getString("postcode"));
        assertEquals("Australia", address.getString("country"));
        List<JsonObject> lines = Bridge.list(order.getJsonArray("lines"));
        assertEquals(3, lines.size());
        assertEquals("TENT-2P-GRN", lines.get(0).getString("sku"));
        assertEquals("Trailhead 2P Tent", lines.get(0).getString("name"));
        assertEquals(0, new BigDecimal("2").compareTo(lines.get(0).getJsonNumber("quantity").bigDecimalValue()));
        assertEquals("STOVE-GAS-01", lines.get(1).getString("sku"));
        assertEquals(0, new BigDecimal("1.5").compareTo(lines.get(2).getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(0, BigDecimal.ZERO.compareTo(lines.get(2).getJsonNumber("backorderedQuantity").bigDecimalValue()));
        JsonObject fulfilment = order.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals(sale.getJsonArray("Fulfilments").getJsonObject(0).getString("TaskID").toLowerCase(),
                fulfilment.getString("taskId"));
        assertTrue(order.getJsonArray("timeline").getJsonObject(0).getString("what").startsWith("Imported from DEAR"));
        assertEquals("DEAR", order.getJsonArray("timeline").getJsonObject(0).getString("source"));

        HttpResponse<String> byId = Bridge.get("/bridge/api/v1/orders/" + order.getJsonNumber("id").longValue());
        assertEquals(200, byId.statusCode());
        assertEquals(number, Http.<JsonObject>json(byId).getString("saleOrderNumber"));
    }

    @Test
    void theSameWebhookFiveTimesGivesOneOrderAndOneSaleRead() {
        dropDearDeliveries();
        JsonObject sale = Simulator.createSale("{}");
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Simulator.control("DELETE", Simulator.account() + "/calls", null);

        Set<Long> eventIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = Bridge.postWebhook("Sale/OrderAuthorised", Bridge.salePayload(saleId, number));
            assertEquals(200, response.statusCode(), response.body());
            eventIds.add(InboxEvents.eventId(response));
        }
        assertEquals(1, eventIds.size(), "every copy is answered with the one event's id");
        Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        // Instead of a pause: every copy was answered (so stored or merged) before this wait, and the one event is
        // processed, so nothing about this sale is left to happen. A copy kept as a second event would show below
        // as a second row (and a second sale read once processed); a second read while processing, as two reads.
        InboxEvents.awaitStatus(eventIds.iterator().next(), "DONE");

        assertEquals(1, ItDatabase.count("select count(*) from warehouse_order where sale_id = ?", saleId.toLowerCase()));
        assertEquals(1, Simulator.countCalls("GET", "sale", saleId));
        assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ?", saleId.toLowerCase()));
        assertEquals(5, ItDatabase.count("select deliveries from inbox_event where document_id = ?", saleId.toLowerCase()));
    }

    /**
     * Concurrent deliveries share group commits: every distinct event gets its own row and id, and copies of one
     * event sent at the same moment (as DEAR's retries and a slow acknowledgement can cause) become one row.
     */
    @Test
    void concurrentDeliveriesAreEachStoredOnceAndCopiesMerge() throws Exception {
        dropDearDeliveries();
        List<String> saleIds = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonObject sale = Simulator.createSale("{}");
            saleIds.add(sale.getString("ID").toLowerCase());
            numbers.add(sale.getJsonObject("Order").getString("SaleOrderNumber"));
            for (int copy = 0; copy < 3; copy++) {
                bodies.add(Bridge.salePayload(sale.getString("ID"), numbers.get(i)));
            }
        }
        List<String> ignoredIds = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ignoredIds.add(UUID.randomUUID().toString());
        }
        ExecutorService senders = Executors.newFixedThreadPool(12);
        Map<String, Set<Long>> eventIdsBySale = new HashMap<>();
        try {
            List<Future<HttpResponse<String>>> authorised = new ArrayList<>();
            List<Future<HttpResponse<String>>> ignored = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                authorised.add(senders.submit(() -> Bridge.postWebhook("Sale/OrderAuthorised", body)));
                for (String id : ignoredIds.subList(i * 2, i * 2 + 2)) {
                    ignored.add(senders.submit(() -> Bridge.postWebhook("Sale/QuoteAuthorised", Bridge.salePayload(id, "Q"))));
                }
            }
            for (int i = 0; i < authorised.size(); i++) {
                HttpResponse<String> response = authorised.get(i).get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                eventIdsBySale.computeIfAbsent(bodies.get(i), k -> new HashSet<>())
                        .add(Http.<JsonObject>json(response).getJsonNumber("eventId").longValue());
            }
            Set<Long> ignoredEventIds = new HashSet<>();
            for (Future<HttpResponse<String>> future : ignored) {
                HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
                assertEquals(200, response.statusCode(), response.body());
                assertEquals("ignored", Http.<JsonObject>json(response).getString("status"));
                ignoredEventIds.add(Http.<JsonObject>json(response).getJsonNumber("eventId").longValue());
            }
            assertEquals(24, ignoredEventIds.size(), "distinct events are never merged");
            eventIdsBySale.values().forEach(ids -> assertEquals(1, ids.size(), "copies answered with one event id"));
        } finally {
            senders.shutdownNow();
        }
        for (String id : ignoredIds) {
            assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ? and status = 'IGNORED'", id));
        }
        for (int i = 0; i < saleIds.size(); i++) {
            String number = numbers.get(i);
            Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        }
        // Instead of a pause: all deliveries were answered above, and each sale's one event is processed, so
        // nothing about these sales is left to happen; a copy stored twice or read twice shows in the counts below.
        for (Set<Long> ids : eventIdsBySale.values()) {
            InboxEvents.awaitStatus(ids.iterator().next(), "DONE");
        }
        for (String saleId : saleIds) {
            assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ?", saleId));
            assertEquals(3, ItDatabase.count("select deliveries from inbox_event where document_id = ?", saleId));
            assertEquals(1, ItDatabase.count("select count(*) from warehouse_order where sale_id = ?", saleId));
            assertEquals(1, Simulator.countCalls("GET", "sale", saleId));
        }
    }

    /** A redelivery joins a stored event that still waits, however old, but not one processed outside the window. */
    @Test
    void aRedeliveryJoinsAWaitingEventHoweverOldButNotOneProcessedLongAgo() {
        String saleId = UUID.randomUUID().toString();
        String body = Bridge.salePayload(saleId, "SO-OLD-1");
        long first = eventId(Bridge.postWebhook("Sale/QuoteAuthorised", body));
        waitingSinceYesterday(first);

        assertDuplicateOf(first, Bridge.postWebhook("Sale/QuoteAuthorised", body));
        assertEquals(2, ItDatabase.count("select deliveries from inbox_event where id = ?", first));

        assertEquals(1, ItDatabase.update("update inbox_event set status = 'DONE' where id = ?", first));
        long later = eventId(Bridge.postWebhook("Sale/QuoteAuthorised", body));
        assertTrue(later > first, "a new event, not merged into one processed a day ago");
        assertEquals(2, ItDatabase.count("select count(*) from inbox_event where document_id = ?", saleId));
    }

    /**
     * Copies are found through the sale, else the task, else the content of this minute and the last: a body with
     * only a SaleTaskID joins its waiting copy however old, and a body with neither id joins a copy within the
     * window but not one received a day ago.
     */
    @Test
    void redeliveriesWithoutASaleIdAreRecognisedByTaskOrByContent() {
        String taskBody = "{\"SaleTaskID\":\"" + UUID.randomUUID() + "\"}";
        long task = eventId(Bridge.postWebhook("Sale/QuoteAuthorised", taskBody));
        waitingSinceYesterday(task);
        assertDuplicateOf(task, Bridge.postWebhook("Sale/QuoteAuthorised", taskBody));

        String bareBody = "{\"ID\":\"" + UUID.randomUUID() + "\"}";
        long bare = eventId(Bridge.postWebhook("Customer/Updated", bareBody));
        assertDuplicateOf(bare, Bridge.postWebhook("Customer/Updated", bareBody));
        assertEquals(2, ItDatabase.count("select deliveries from inbox_event where id = ?", bare));

        assertEquals(1, ItDatabase.update("update inbox_event set received_at = ?, dedupe_key = '0:' || payload_hash"
                + " where id = ?", OffsetDateTime.now().minusDays(1), bare));
        long later = eventId(Bridge.postWebhook("Customer/Updated", bareBody));
        assertTrue(later > bare, "a new event, not merged into one received a day ago");
    }

    /** As if received a day ago and still waiting: its time, its dedupe key's time bucket and its status. */
    private static void waitingSinceYesterday(long eventId) {
        assertEquals(1, ItDatabase.update("update inbox_event set status = 'RETRY', received_at = ?, next_attempt_at = ?,"
                + " dedupe_key = '0:' || payload_hash where id = ?",
                OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(1), eventId));
    }

    private static void assertDuplicateOf(long eventId, HttpResponse<String> response) {
        assertEquals(eventId, eventId(response));
        assertEquals("duplicate", Http.<JsonObject>json(response).getString("status"));
    }

    private static long eventId(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return InboxEvents.eventId(response);
    }

    @Test
    void aVoidDeliveredBeforeTheAuthorisationItFollowsLeavesTheOrderCancelled() {
        dropDearDeliveries();
        JsonObject sale = Simulator.createSale("{}");
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Simulator.act(saleId, "void", null);

        HttpResponse<String> voided = Bridge.postWebhook("Sale/Voided", Bridge.salePayload(saleId, number));
        assertEquals(200, voided.statusCode());
        Simulator.await("cancelled order", WAIT, () -> Bridge.orderByNumber(number, "CANCELLED"));
        HttpResponse<String> authorised = Bridge.postWebhook("Sale/OrderAuthorised", Bridge.salePayload(saleId, number));
        assertEquals(200, authorised.statusCode());
        InboxEvents.awaitStatus(InboxEvents.eventId(voided), "DONE");
        InboxEvents.awaitStatus(InboxEvents.eventId(authorised), "DONE");
        assertEquals(2, ItDatabase.count("select count(*) from inbox_event where document_id = ? and status = 'DONE'",
                saleId.toLowerCase()), "both events processed");

        JsonObject order = Bridge.orderByNumber(number);
        assertEquals("CANCELLED", order.getString("status"));
        assertFalse(order.getBoolean("stopRequested"));
    }

    @Test
    void aSaleUndoneAndAuthorisedAgainWithinTheDuplicateWindowIsAuthorisedAgain() {
        Simulator.awaitSubscribed("Sale/OrderAuthorised");
        Simulator.awaitSubscribed("Sale/Undo");
        JsonObject sale = Simulator.authorisedSale("[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"price\": 249}]");
        String saleId = sale.getString("ID");
        long orderId = Bridge.importedOrder(sale).getJsonNumber("id").longValue();
        Bridge.awaitOrderStatus(orderId, "AWAITING_PICK");
        long authorisations = ItDatabase.count("select count(*) from inbox_event where document_id = ?"
                + " and event_type = 'Sale/OrderAuthorised'", saleId.toLowerCase());

        Simulator.act(saleId, "undo");
        Bridge.awaitOrderStatus(orderId, "ON_HOLD");
        // DEAR sends the same body for the second authorisation, seconds after the first: not a redelivery, since
        // the undo came between. Reconciliation (hourly in the ITs) cannot be what brings it in here.
        Simulator.act(saleId, "authorise");

        Bridge.awaitOrderStatus(orderId, "AWAITING_PICK");
        assertEquals(authorisations, ItDatabase.count("select count(*) from inbox_event where document_id = ?"
                + " and event_type = 'Sale/OrderAuthorised'", saleId.toLowerCase()), "the stored notice was processed again");
        assertEquals(2, ItDatabase.count("select attempts from inbox_event where document_id = ?"
                + " and event_type = 'Sale/OrderAuthorised'", saleId.toLowerCase()), "once per authorisation");
    }

    @Test
    void aSaleDearAnswers404ForBecomesFailedWithTheReason() {
        dropDearDeliveries();
        String saleId = UUID.randomUUID().toString();
        Simulator.fault("{\"count\": 1, \"status\": 404, \"method\": \"GET\", \"path\": \"sale\","
                + " \"body\": \"Sale not found\"}");
        HttpResponse<String> response = Bridge.postWebhook("Sale/OrderAuthorised", Bridge.salePayload(saleId, "SO-NOPE"));
        assertEquals(200, response.statusCode());

        InboxEvents.awaitStatus(InboxEvents.eventId(response), "FAILED");
        assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ? and status = 'FAILED'",
                saleId), "failed event");
        assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ? and last_http_status = 404"
                + " and last_failure_kind = 'PERMANENT' and last_error like '%not found%'", saleId));
        assertEquals(1, ItDatabase.count("select count(*) from sync_attempt a join inbox_event e on a.inbox_event_id = e.id"
                + " where e.document_id = ? and a.http_status = 404", saleId));
        assertEquals(0, ItDatabase.count("select count(*) from warehouse_order where sale_id = ?", saleId));
    }

    @Test
    void throttlingAndServerErrorsWhileProcessingLoseNothingAndDuplicateNothing() {
        Simulator.fault("{\"count\": 4, \"status\": 503, \"method\": \"GET\", \"path\": \"sale\"}");
        Simulator.fault("{\"count\": 3, \"status\": 500, \"method\": \"GET\", \"path\": \"sale\"}");
        List<String> saleIds = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonObject sale = Simulator.createSale("{}");
            saleIds.add(sale.getString("ID").toLowerCase());
            numbers.add(sale.getJsonObject("Order").getString("SaleOrderNumber"));
        }
        for (String number : numbers) {
            Simulator.await("order " + number, Duration.ofSeconds(120), () -> Bridge.orderByNumber(number));
        }
        for (String saleId : saleIds) {
            assertEquals(1, ItDatabase.count("select count(*) from warehouse_order where sale_id = ?", saleId));
        }
        assertTrue(Simulator.countCalls("GET", "sale", null) >= 5 + 4 + 3, "the faults were served");
    }

    private static void dropDearDeliveries() {
        Simulator.dropDeliveries();
    }
}
