package io.dearbridge.it.receiving;

import io.dearbridge.it.Await;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The receiving writes' tests' own account, {@code arrivals} (ear/src/main/wildfly/it/configure-it.cli: its own
 * simulated DEAR account, so its purchase order numbers are its own), on both sides: purchases raised and acted on in
 * its simulated DEAR, the warehouse's arrivals and supplier returns through the bridge's API, and the rows they leave.
 */
final class Arrivals {

    static final String ACCOUNT = "arrivals";
    static final String ACCOUNT_ID = "c3d5e7f9-1a2b-4c6d-8e0f-a1b2c3d4e5f6";
    static final String APPLICATION_KEY = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    static final String WEBHOOK_SECRET = "arrivals-webhook-secret-7c3e9a1d5f2b";
    private static final String CONTROL = "/dear-simulator/control/accounts/" + ACCOUNT_ID;

    private Arrivals() {
    }

    static HttpResponse<String> control(String method, String path, String json) {
        HttpResponse<String> response = Http.send(method, CONTROL + path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    /** A generous rate limit, no faults, webhooks delivered. */
    static void calm() {
        control("DELETE", "/faults", null);
        control("PUT", "/settings", "{\"rateLimit\": 100000, \"rateWindowSeconds\": 60, \"throttleStatus\": 503,"
                + " \"burstLimit\": 0, \"errorBodyAsArray\": false, \"errorWith200Rate\": 0, \"failureRate\": 0,"
                + " \"latencyMs\": 0, \"webhookDropRate\": 0, \"webhookDuplicateRate\": 0, \"webhookReorder\": false,"
                + " \"webhookTimeFactor\": 0.001}");
    }

    /** DEAR holds the next matching write, then answers it so late that the bridge times out (the write is kept). */
    static void storeThenTimeout(String method, String path) {
        control("POST", "/faults", "{\"count\": 1, \"status\": 503, \"method\": \"" + method + "\", \"path\": \""
                + path + "\", \"with200\": false, \"storeFirst\": true, \"delayMs\": 8000}");
    }

    /** A purchase order a DEAR user raises and authorises (firing Purchase/OrderAuthorised). */
    static JsonObject raise(String spec) {
        return Http.json(control("POST", "/purchases", spec));
    }

    /** A DEAR user's action on a purchase: invoice, receive, convert, void, undo, pay. */
    static JsonObject act(String purchaseId, String action, String spec) {
        return Http.json(control("POST", "/purchases/" + purchaseId + "/" + action, spec == null ? "{}" : spec));
    }

    /**
     * DEAR has no void webhook (reconciliation finds voids); a purchase event for the purchase makes the bridge read
     * it again at once, as any Purchase/* event does.
     */
    static void hint(JsonObject purchase) {
        HttpResponse<String> r = Http.send(Http.request("/bridge/api/dear/" + ACCOUNT
                        + "/webhooks/Purchase/OrderAuthorised")
                .header("Authorization", "Bearer " + WEBHOOK_SECRET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"TaskID\": \"" + purchase.getString("id")
                        + "\", \"PurchaseOrderNumber\": \"" + purchase.getString("orderNumber") + "\"}")));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("webhook -> " + r.statusCode() + " " + r.body());
        }
    }

    /** Waits until the bridge's webhook of {@code type} points at it for this account. */
    static void awaitSubscribed(String type) {
        Await.awaitTrue(type + " subscribed for " + ACCOUNT, () -> {
            HttpResponse<String> hooks = Http.send(Http.request("/dear-simulator/ExternalApi/v2/webhooks")
                    .header("api-auth-accountid", ACCOUNT_ID).header("api-auth-applicationkey", APPLICATION_KEY)
                    .GET());
            return hooks.statusCode() == 200 && Http.<JsonObject>json(hooks).getJsonArray("Webhooks")
                    .getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("Type").equals(type)
                            && w.getBoolean("IsActive") && w.getString("ExternalURL").contains("/bridge/api/dear/"
                            + ACCOUNT + "/"));
        });
    }

    static void clearCalls() {
        control("DELETE", "/calls", null);
    }

    static long calls(String method, String path) {
        JsonArray calls = Http.json(control("GET", "/calls", null));
        return calls.getValuesAs(JsonObject.class).stream()
                .filter(c -> method.equals(c.getString("method")) && c.getString("path").equalsIgnoreCase(path))
                .count();
    }

    /** The purchase document as DEAR serves it (its own API, either endpoint by type). */
    static JsonObject document(String purchaseId, boolean advanced) {
        HttpResponse<String> doc = Http.send(Http.request("/dear-simulator/ExternalApi/v2/"
                        + (advanced ? "advanced-purchase" : "purchase") + "?ID=" + purchaseId)
                .header("api-auth-accountid", ACCOUNT_ID).header("api-auth-applicationkey", APPLICATION_KEY).GET());
        if (doc.statusCode() != 200) {
            throw new IllegalStateException(doc.statusCode() + " " + doc.body());
        }
        return Http.json(doc);
    }

    /** The receipt the bridge made of a DEAR purchase (waits for its import). */
    static long receiptOf(JsonObject purchase) {
        String number = purchase.getString("orderNumber");
        return Await.await("receipt of " + number, () -> ItDatabase.query("SELECT id FROM receipt WHERE"
                + " account_code = ? AND order_number = ?", r -> r.getLong(1), ACCOUNT, number).stream()
                .findFirst().orElse(null));
    }

    static String receiptStatus(long receiptId) {
        return ItDatabase.query("SELECT status FROM receipt WHERE id = ?", r -> r.getString(1), receiptId).get(0);
    }

    static HttpResponse<String> post(long receiptId, String what, String json) {
        return Http.send(Http.asUser("/bridge/api/v1/receipts/" + receiptId + "/" + what, "warehouse", Demo.PASSWORD)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static String arrivalStatus(long arrivalId) {
        return ItDatabase.query("SELECT status FROM receipt_arrival WHERE id = ?", r -> r.getString(1), arrivalId)
                .get(0);
    }

    static String returnStatus(long returnId) {
        return ItDatabase.query("SELECT status FROM receipt_return WHERE id = ?", r -> r.getString(1), returnId)
                .get(0);
    }

    /** Waits for an arrival or return to reach {@code status}, failing early if its push FAILED. */
    static void awaitStatus(String table, long id, String status) {
        Await.awaitTrue(table + " " + id + " " + status, () -> {
            String now = ItDatabase.query("SELECT status, status_reason FROM " + table + " WHERE id = ?",
                    r -> r.getString(1) + " " + r.getString(2), id).get(0);
            if (now.startsWith("FAILED") && !status.equals("FAILED")) {
                throw new AssertionError(table + " " + id + " failed: " + now);
            }
            return now.startsWith(status + " ");
        });
    }

    /** Rows a refused request must not have added: the receipt's arrivals, returns and outbox commands. */
    static List<Long> footprint(long receiptId) {
        return List.of(
                ItDatabase.count("SELECT COUNT(*) FROM receipt_arrival WHERE receipt_id = ?", receiptId),
                ItDatabase.count("SELECT COUNT(*) FROM receipt_return WHERE receipt_id = ?", receiptId),
                ItDatabase.count("SELECT COUNT(*) FROM outbox_command WHERE ordering_key = ?", "receipt:" + receiptId));
    }

    static long id(HttpResponse<String> accepted) {
        if (accepted.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + accepted.statusCode() + " " + accepted.body());
        }
        return Http.<JsonObject>json(accepted).getJsonNumber("id").longValue();
    }
}
