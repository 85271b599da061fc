package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The housekeeping timers, on the real server: an order that waited too long is flagged (on the order, in the list,
 * on the timeline); rows past the retention age go, younger and unfinished ones stay. The IT server runs both
 * timers every few seconds; the tests age rows in the database to meet the thresholds.
 */
@ExtendWith(ArquillianExtension.class)
class StuckAndRetentionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void anOrderAuthorisedButNeverPickedIsFlaggedStuckInTheListOnTheOrderAndItsTimeline() {
        String number = Simulator.createSale("{}").getJsonObject("Order").getString("SaleOrderNumber");
        JsonObject order = Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        long id = order.getJsonNumber("id").longValue();
        assertTrue(!stuck(order), order.toString());
        assertEquals(0, Http.<JsonObject>json(Bridge.get("/bridge/api/v1/orders?flag=stuck&saleOrderNumber=" + number))
                .getJsonArray("items").size());

        ItDatabase.update("UPDATE warehouse_order SET stage_since = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(30))), id);

        JsonObject flagged = Simulator.await("stuck flag", WAIT, () -> {
            JsonObject o = Http.json(Bridge.get("/bridge/api/v1/orders/" + id));
            return stuck(o) ? o : null;
        });
        assertTrue(flagged.getJsonObject("stuck").getString("reason").contains("not picked for 30 h"),
                flagged.getJsonObject("stuck").toString());
        assertTrue(flagged.getJsonArray("timeline").toString().contains("Flagged stuck"));
        JsonObject list = Http.json(Bridge.get("/bridge/api/v1/orders?flag=stuck&saleOrderNumber=" + number));
        assertEquals(1, list.getJsonArray("items").size());
        assertEquals(400, Bridge.get("/bridge/api/v1/orders?flag=slow").statusCode());
    }

    /** JSON-B leaves out null properties: an order that is not stuck has no "stuck". */
    private static boolean stuck(JsonObject order) {
        return order.containsKey("stuck") && !order.isNull("stuck");
    }

    @Test
    void retentionDeletesFinishedRowsPastTheAgeAndKeepsTheRest() {
        String number = Simulator.createSale("{}").getJsonObject("Order").getString("SaleOrderNumber");
        JsonObject order = Simulator.await("order " + number, WAIT, () -> Bridge.orderByNumber(number));
        String saleId = order.getString("saleId");
        Simulator.await("event done", WAIT, () -> ItDatabase.count("SELECT COUNT(*) FROM inbox_event"
                + " WHERE document_id = ? AND status = 'DONE'", saleId) > 0 ? 1 : null);
        Timestamp old = Timestamp.from(Instant.now().minus(Duration.ofDays(40)));
        long attempts = ItDatabase.count("SELECT COUNT(*) FROM sync_attempt a JOIN inbox_event e ON e.id = a.inbox_event_id"
                + " WHERE e.document_id = ?", saleId);
        assertTrue(attempts > 0);
        ItDatabase.update("UPDATE inbox_event SET updated_at = ? WHERE document_id = ? AND status = 'DONE'", old, saleId);
        // An old FAILED event waits for the admin, and a young idempotency record still answers repeats: both stay.
        ItDatabase.update("INSERT INTO inbox_event (account_code, event_type, document_id, dedupe_key, payload, source,"
                + " status, attempts, received_at, updated_at, version, deliveries) VALUES ('demo', 'Sale/Voided', ?, ?,"
                + " '{}', 'WEBHOOK', 'FAILED', 8, ?, ?, 0, 1)", saleId + "-kept", "kept:" + saleId, old, old);
        ItDatabase.update("INSERT INTO idempotent_request (principal, idem_key, request_hash, http_status, body,"
                + " created_at) VALUES ('warehouse', ?, 'h', 202, '{}', ?)", "old-" + saleId, old);
        ItDatabase.update("INSERT INTO idempotent_request (principal, idem_key, request_hash, http_status, body,"
                + " created_at) VALUES ('warehouse', ?, 'h', 202, '{}', ?)", "new-" + saleId, Timestamp.from(Instant.now()));

        Simulator.await("old rows deleted", WAIT, () -> ItDatabase.count("SELECT COUNT(*) FROM inbox_event"
                + " WHERE document_id = ?", saleId) == 0 ? 1 : null);
        Simulator.await("old idempotency record deleted", WAIT, () -> ItDatabase.count(
                "SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", "old-" + saleId) == 0 ? 1 : null);
        assertEquals(0, ItDatabase.count("SELECT COUNT(*) FROM sync_attempt a LEFT JOIN inbox_event e"
                + " ON e.id = a.inbox_event_id WHERE a.inbox_event_id IS NOT NULL AND e.id IS NULL"));
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE document_id = ?", saleId + "-kept"));
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM idempotent_request WHERE idem_key = ?", "new-" + saleId));
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM warehouse_order WHERE sale_id = ?", saleId));
    }
}
