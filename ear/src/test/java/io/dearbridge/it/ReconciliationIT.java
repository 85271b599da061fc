package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reconciliation finds what webhooks missed: dropped imports, a void DEAR never announced, at the documented cost
 * in DEAR calls (read from the simulator's call log). Each test starts from a watermark of "now", so the sales of
 * other tests in this server are not its business.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** dearbridge.reconcile.overlap of the test server (configure-it.cli). */
    private static final Duration OVERLAP = Duration.ofSeconds(1);
    private static final String RECONCILE = "/bridge/api/v1/accounts/" + Demo.ACCOUNT + "/reconcile";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void watermarkNow() {
        Simulator.calm();
        // A watermark of now must leave every earlier sale behind it, overlap included (the simulator's clock is this
        // machine's): wait until DEAR lists no sale changed within the overlap before now, and take that now.
        Instant watermark = Await.await("DEAR listing no sale changed in the overlap before now", WAIT, () -> {
            Instant now = Instant.now();
            return changedSince(now.minus(OVERLAP)) == 0 ? now : null;
        });
        assertEquals(1, ItDatabase.update("UPDATE account SET reconciled_until = ? WHERE code = ?",
                Timestamp.from(watermark), Demo.ACCOUNT), "the account's row");
    }

    @AfterEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void withThirtyPercentOfWebhooksDroppedOnePassBringsEverySaleInOnce() {
        Simulator.control("PUT", Simulator.account() + "/settings", "{\"webhookDropRate\": 0.3}");
        List<JsonObject> sales = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sales.add(Simulator.createSale("{}"));
        }
        // What DEAR did deliver is in; the rest never will be.
        for (JsonObject sale : sales) {
            String number = number(sale);
            if (delivered(sale)) {
                Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
            }
        }
        long missing = sales.stream().filter(s -> Bridge.orderByNumber(number(s)) == null).count();
        assertTrue(missing > 0, "the simulator dropped no webhook of 20 at a rate of 0.3");

        JsonObject report = reconcile();
        assertEquals("COMPLETED", report.getString("outcome"));
        assertEquals(missing, report.getInt("queued"), report.toString());

        for (JsonObject sale : sales) {
            JsonObject order = Simulator.await("order " + number(sale), WAIT, () -> Bridge.orderByNumber(number(sale)));
            assertEquals("AWAITING_PICK", order.getString("status"));
            assertEquals(sale.getJsonObject("Order").getJsonArray("Lines").size(), order.getJsonArray("lines").size());
            assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM warehouse_order WHERE sale_id = ?", saleId(sale)));
            assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM order_timeline t JOIN warehouse_order o"
                    + " ON o.id = t.order_id WHERE o.sale_id = ? AND t.what LIKE 'Imported%'", saleId(sale)));
        }
        // A second pass finds nothing new: every sale is now as DEAR has it.
        Simulator.await("queued events processed", WAIT, () -> ItDatabase.count("SELECT COUNT(*) FROM inbox_event"
                + " WHERE source = 'RECONCILER' AND status <> 'DONE' AND account_code = ?", Demo.ACCOUNT) == 0 ? 1 : null);
        assertEquals(0, reconcile().getInt("queued"));
    }

    @Test
    void aVoidWhoseWebhookWasDroppedReachesTheOrderInOnePass() {
        JsonObject sale = Simulator.createSale("{}");
        String number = number(sale);
        Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        Simulator.control("PUT", Simulator.account() + "/settings", "{\"webhookDropRate\": 1.0}");
        Simulator.act(sale.getString("ID"), "void", null);

        JsonObject report = reconcile();
        assertEquals(1, report.getInt("queued"), report.toString());
        JsonObject order = Simulator.await("order cancelled", WAIT, () -> Bridge.orderByNumber(number, "CANCELLED"));
        JsonArray timeline = Http.json(Bridge.get("/bridge/api/v1/orders/" + order.getJsonNumber("id").longValue()))
                .asJsonObject().getJsonArray("timeline");
        assertTrue(timeline.toString().contains("Reconciliation/SaleChanged"), timeline.toString());
    }

    @Test
    void withAThousandSalesAndTenChangedAPassCostsOneListCallAndTenSaleReads() {
        JsonObject seeded = Http.json(Simulator.control("POST", Simulator.account() + "/seed",
                "{\"count\": 1000, \"age\": \"PT2H\"}")); // within the horizon: sales, not history
        List<String> ids = seeded.getJsonArray("saleIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(1000, ids.size());
        for (int i = 0; i < 10; i++) {
            Simulator.act(ids.get(i * 97), "touch", null);
        }
        Simulator.control("DELETE", Simulator.account() + "/calls", null);

        JsonObject report = reconcile();
        assertEquals(10, report.getInt("queued"), report.toString());
        for (int i = 0; i < 10; i++) {
            String id = ids.get(i * 97).toLowerCase();
            Simulator.await("order for " + id, WAIT, () ->
                    ItDatabase.count("SELECT COUNT(*) FROM warehouse_order WHERE sale_id = ?", id) == 1 ? 1 : null);
        }
        long lists = Simulator.countCalls("GET", "saleList", null);
        long reads = Simulator.countCalls("GET", "sale", null);
        System.out.printf("Reconciliation cost, 1,000 sales and 10 changed: %d list call(s), %d GET sale%n", lists, reads);
        assertTrue(lists >= 1 && lists <= 2, lists + " saleList calls");
        assertTrue(reads <= 10, reads + " GET sale calls");

        Simulator.control("DELETE", Simulator.account() + "/calls", null);
        JsonObject quiet = reconcile();
        assertEquals(0, quiet.getInt("queued"), quiet.toString());
        assertEquals(1, Simulator.countCalls("GET", "saleList", null));
        assertEquals(0, Simulator.countCalls("GET", "sale", null));
        System.out.println("Reconciliation cost, nothing changed: 1 list call, 0 GET sale");
    }

    @Test
    void twoPassesAtOnceQueueAndProcessEachSaleOnce() throws Exception {
        Simulator.control("PUT", Simulator.account() + "/settings", "{\"webhookDropRate\": 1.0}");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(saleId(Simulator.createSale("{}")));
        }
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(ReconciliationIT::post);
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(ReconciliationIT::post);
        List<Integer> statuses = List.of(a.get().statusCode(), b.get().statusCode());
        assertTrue(statuses.contains(200), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        for (String id : ids) {
            Simulator.await("order for " + id, WAIT, () ->
                    ItDatabase.count("SELECT COUNT(*) FROM warehouse_order WHERE sale_id = ?", id) == 1 ? 1 : null);
            assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE document_id = ? AND source = 'RECONCILER'", id));
            assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM sync_attempt a JOIN inbox_event e"
                    + " ON e.id = a.inbox_event_id WHERE e.document_id = ?", id));
        }
    }

    /** How many sales DEAR lists as changed strictly after {@code since}, by their {@code Updated}. */
    private static long changedSince(Instant since) {
        HttpResponse<String> list = Simulator.dear("GET", "saleList?Limit=1000&UpdatedSince=" + since, null);
        assertEquals(200, list.statusCode(), list.body());
        return Http.<JsonObject>json(list).getJsonArray("SaleList").getValuesAs(JsonObject.class).stream()
                .filter(row -> Instant.parse(row.getString("Updated")).isAfter(since)).count();
    }

    private static HttpResponse<String> post() {
        return Http.send(Http.asUser(RECONCILE, "admin", Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonObject reconcile() {
        HttpResponse<String> response = post();
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static boolean delivered(JsonObject sale) {
        JsonArray deliveries = Http.json(Simulator.control("GET", Simulator.account() + "/deliveries", null));
        return deliveries.getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("type").equals("Sale/OrderAuthorised")
                        && d.toString().contains(sale.getString("ID")));
    }

    private static String number(JsonObject sale) {
        return sale.getJsonObject("Order").getString("SaleOrderNumber");
    }

    private static String saleId(JsonObject sale) {
        return sale.getString("ID").toLowerCase();
    }
}
