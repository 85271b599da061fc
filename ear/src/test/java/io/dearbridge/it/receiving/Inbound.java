package io.dearbridge.it.receiving;

import io.dearbridge.it.Await;
import io.dearbridge.it.Demo;
import io.dearbridge.it.Http;
import io.dearbridge.it.ItDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The receiving tests' own account, {@code inbound} (ear/src/main/wildfly/it/configure-it.cli), on both sides: its
 * simulated DEAR (purchases through the control API, its call log) and the bridge's receipts API. The simulator numbers
 * every account's documents from the same start, so receipts are always looked up with this account.
 */
public final class Inbound {

    public static final String ACCOUNT = "inbound";
    public static final String ACCOUNT_ID = "b7e4c2a9-3d51-4f86-9a0e-5c7d1b2e8f34";
    public static final String APPLICATION_KEY = "2d9a6f13-8c4e-4b7a-b5d0-e1f3a7c9d246";
    private static final String CONTROL = "/dear-simulator/control/accounts/" + ACCOUNT_ID;

    private Inbound() {
    }

    public static HttpResponse<String> control(String method, String path, String json) {
        HttpResponse<String> response = Http.send(method, CONTROL + path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    /** A generous rate limit, no faults, webhooks delivered (or all dropped). */
    public static void calm(boolean dropWebhooks) {
        control("DELETE", "/faults", null);
        control("PUT", "/settings", "{\"rateLimit\": 100000, \"rateWindowSeconds\": 60, \"throttleStatus\": 503,"
                + " \"burstLimit\": 0, \"errorBodyAsArray\": false, \"errorWith200Rate\": 0, \"failureRate\": 0,"
                + " \"latencyMs\": 0, \"webhookDropRate\": " + (dropWebhooks ? "1.0" : "0") + ","
                + " \"webhookDuplicateRate\": 0, \"webhookReorder\": false, \"webhookTimeFactor\": 0.001}");
    }

    /** A purchase order a DEAR user raises (PurchaseFactory's spec); authorised, firing Purchase/OrderAuthorised. */
    public static JsonObject raise(String spec) {
        return Http.json(control("POST", "/purchases", spec));
    }

    /** A DEAR user's action on a purchase: authorise, invoice, receive, convert, void, undo, pay. */
    public static JsonObject act(String purchaseId, String action, String spec) {
        return Http.json(control("POST", "/purchases/" + purchaseId + "/" + action, spec == null ? "{}" : spec));
    }

    /** Payment processing touches these purchases: a new LastUpdatedDate, no webhook, nothing else changed. */
    public static JsonObject touch(List<String> purchaseIds) {
        var ids = Json.createArrayBuilder();
        purchaseIds.forEach(ids::add);
        return Http.json(control("POST", "/purchases/touch", Json.createObjectBuilder().add("purchaseIds", ids)
                .build().toString()));
    }

    public static void clearCalls() {
        control("DELETE", "/calls", null);
    }

    /** DEAR reads of one purchase's document (either endpoint) since the call log was cleared. */
    public static long documentReads(String purchaseId) {
        JsonArray calls = Http.json(control("GET", "/calls", null));
        return calls.getValuesAs(JsonObject.class).stream()
                .filter(c -> "GET".equals(c.getString("method")))
                .filter(c -> c.getString("path").equalsIgnoreCase("purchase")
                        || c.getString("path").equalsIgnoreCase("advanced-purchase"))
                .filter(c -> !c.isNull("query") && c.getString("query").toLowerCase().contains(purchaseId.toLowerCase()))
                .count();
    }

    /** Every DEAR read of a purchase document since the call log was cleared. */
    public static long documentReads() {
        JsonArray calls = Http.json(control("GET", "/calls", null));
        return calls.getValuesAs(JsonObject.class).stream()
                .filter(c -> "GET".equals(c.getString("method")))
                .filter(c -> c.getString("path").equalsIgnoreCase("purchase")
                        || c.getString("path").equalsIgnoreCase("advanced-purchase"))
                .count();
    }

    public static long calls(String method, String path) {
        JsonArray calls = Http.json(control("GET", "/calls", null));
        return calls.getValuesAs(JsonObject.class).stream()
                .filter(c -> method.equals(c.getString("method")) && c.getString("path").equalsIgnoreCase(path))
                .count();
    }

    /** Waits until the bridge's purchase webhooks point at it for this account. */
    public static void awaitSubscribed(String type) {
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

    /** The account's receipt for a DEAR order number, or null while there is none. */
    public static JsonObject receiptByNumber(String number) {
        HttpResponse<String> list = warehouse("receipts?account=" + ACCOUNT + "&purchaseOrderNumber=" + number);
        if (list.statusCode() != 200) {
            throw new IllegalStateException(list.statusCode() + " " + list.body());
        }
        JsonArray items = Http.<JsonObject>json(list).getJsonArray("items");
        return items.isEmpty() ? null : receipt(items.getJsonObject(0).getJsonNumber("id").longValue());
    }

    public static JsonObject receipt(long id) {
        HttpResponse<String> one = warehouse("receipts/" + id);
        if (one.statusCode() != 200) {
            throw new IllegalStateException(one.statusCode() + " " + one.body());
        }
        return Http.json(one);
    }

    public static HttpResponse<String> warehouse(String path) {
        return Http.send(Http.asUser("/bridge/api/v1/" + path, "warehouse", Demo.PASSWORD).GET());
    }

    /** A reconciliation pass now (sales and purchases), as an admin asks for it. */
    public static JsonObject reconcile() {
        HttpResponse<String> response = Http.send(Http.asUser("/bridge/api/v1/accounts/" + ACCOUNT + "/reconcile",
                "admin", Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Http.json(response);
    }

    /**
     * Puts the purchase cursor at {@code at} with the open purchases just swept, so the next pass lists only what
     * changes after it (and both cursors of the account: its sales pass stays cheap too).
     */
    public static void cursorAt(Instant at) {
        ItDatabase.update("DELETE FROM purchase_watermark WHERE account_code = ?", ACCOUNT);
        ItDatabase.update("INSERT INTO purchase_watermark (account_code, updated_until, last_id, passed_at)"
                + " VALUES (?, ?, ?, ?)", ACCOUNT, Timestamp.from(at), "", Timestamp.from(Instant.now()));
        ItDatabase.update("UPDATE account SET reconciled_until = ? WHERE code = ?", Timestamp.from(at), ACCOUNT);
    }

    public static long receiptsOf(String purchaseId) {
        return ItDatabase.count("SELECT COUNT(*) FROM receipt WHERE account_code = ? AND purchase_id = ?", ACCOUNT,
                purchaseId.toLowerCase());
    }

    /** Every purchase event of the account has settled (none waiting or being processed). */
    public static void awaitInboxSettled() {
        Await.awaitTrue("the account's purchase events settled", () -> ItDatabase.count("SELECT COUNT(*) FROM"
                + " inbox_event WHERE account_code = ? AND document_kind = 'PURCHASE' AND status IN ('RECEIVED',"
                + " 'PROCESSING', 'RETRY')", ACCOUNT) == 0);
    }
}
