package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
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
 * DEAR's {@code UpdatedSince} as it really behaves (issue 22): old sales come back in the list, touched by a payment
 * (with their old {@code Updated}) or re-stamped by a bulk change (one new {@code Updated} for all). None of them is
 * warehouse work: no GET, no order, and the watermark still moves on.
 */
@ExtendWith(ArquillianExtension.class)
class OldSalesLeakIT {

    private static final String RECONCILE = "/bridge/api/v1/accounts/" + Demo.ACCOUNT + "/reconcile";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void watermarkNow() throws InterruptedException {
        Simulator.calm();
        Thread.sleep(1100);
        ItDatabase.update("UPDATE account SET reconciled_until = ? WHERE code = ?", Timestamp.from(Instant.now()),
                Demo.ACCOUNT);
        Thread.sleep(1100);
    }

    @AfterEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void fiveHundredOldSalesListedAgainCostNoReadMakeNoOrderAndTheWatermarkMovesOn() {
        Instant start = Instant.now().minusSeconds(1);
        JsonObject seeded = Http.json(Simulator.control("POST", Simulator.account() + "/seed",
                "{\"count\": 500, \"age\": \"P400D\"}"));
        List<String> ids = seeded.getJsonArray("saleIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        // DEAR's way: payments touch 20 of them, which then show under UpdatedSince with their old Updated...
        Simulator.control("PUT", Simulator.account() + "/settings", "{\"leakOldRows\": true, \"webhookDropRate\": 1.0}");
        for (String id : ids.subList(0, 20)) {
            Simulator.act(id, "pay", null);
        }
        // ...and a bulk change re-stamps the other 480 with one timestamp.
        String stamped = restamp(ids.subList(20, 500));
        Simulator.control("DELETE", Simulator.account() + "/calls", null);

        JsonObject report = reconcile();

        assertEquals("COMPLETED", report.getString("outcome"), report.toString());
        assertEquals(0, report.getInt("queued"), report.toString());
        assertEquals(480, report.getInt("listed"), "rows not changed after the date asked for are dropped: " + report);
        assertEquals(0, Simulator.countCalls("GET", "sale", null), "no GET sale for history");
        assertEquals(0, orders(ids), "no order for history");
        assertEquals(480, ItDatabase.count("SELECT COUNT(*) FROM seen_sale WHERE account_code = ? AND seen_at >= ?",
                Demo.ACCOUNT, Timestamp.from(start)));
        assertEquals(Instant.parse(stamped), Instant.parse(report.getString("watermark")), report.toString());

        // Listed again by the next bulk change: recorded history costs nothing, and the watermark moves again.
        String again = restamp(ids);
        Simulator.control("DELETE", Simulator.account() + "/calls", null);
        JsonObject second = reconcile();
        assertEquals(0, second.getInt("queued"), second.toString());
        assertEquals(0, Simulator.countCalls("GET", "sale", null));
        assertEquals(0, orders(ids));
        assertEquals(500, ItDatabase.count("SELECT COUNT(*) FROM seen_sale WHERE account_code = ? AND seen_at >= ?",
                Demo.ACCOUNT, Timestamp.from(start)), "the 20 paid ones are history once their Updated moved");
        assertTrue(Instant.parse(second.getString("watermark")).isAfter(Instant.parse(stamped)), second.toString());
        assertEquals(Instant.parse(again), Instant.parse(second.getString("watermark")));
    }

    private static String restamp(List<String> ids) {
        String body = ids.stream().map(id -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return Http.<JsonObject>json(Simulator.control("POST", Simulator.account() + "/restamp",
                "{\"saleIds\": [" + body + "]}")).getString("updated");
    }

    private static long orders(List<String> ids) {
        long total = 0;
        for (int from = 0; from < ids.size(); from += 100) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
            total += ItDatabase.count("SELECT COUNT(*) FROM warehouse_order WHERE sale_id IN ("
                    + String.join(",", chunk.stream().map(id -> "?").toList()) + ")",
                    chunk.stream().map(String::toLowerCase).toArray());
        }
        return total;
    }

    private static JsonObject reconcile() {
        HttpResponse<String> response = Http.send(Http.asUser(RECONCILE, "admin", Demo.PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}
