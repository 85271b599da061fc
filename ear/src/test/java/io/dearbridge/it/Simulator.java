package io.dearbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The simulator: its control API for the demo account (settings, faults, sales, the call log), new accounts of
 * its own, and DEAR's own paths, for arranging and checking integration tests. Works from the test JVM and from
 * inside the server.
 */
public final class Simulator {

    static final String CONTROL = "/dear-simulator/control";
    static final String DEAR = "/dear-simulator/ExternalApi/v2/";

    private static final SimulatorAccount DEMO = new SimulatorAccount(Demo.ACCOUNT_ID);

    private Simulator() {
    }

    static HttpResponse<String> control(String method, String path, String json) {
        HttpResponse<String> response = Http.send(method, CONTROL + path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String account() {
        return "/accounts/" + Demo.ACCOUNT_ID;
    }

    /** The demo account, as the bridge under test is configured with it. */
    public static SimulatorAccount demo() {
        return DEMO;
    }

    /** A new simulated DEAR account with its own keys, counters and call log; the test's own sandbox. */
    public static SimulatorAccount newAccount(String name, String accountId, String applicationKey) {
        control("POST", "/accounts", Json.createObjectBuilder().add("name", name).add("accountId", accountId)
                .add("applicationKey", applicationKey).build().toString());
        return new SimulatorAccount(accountId);
    }

    public static void reset() {
        control("POST", "/reset", "{}");
    }

    /** Calm DEAR down: a generous rate limit and no faults, as tests expect unless they say otherwise. */
    public static void calm() {
        control("DELETE", account() + "/faults", null);
        control("PUT", account() + "/settings", "{\"rateLimit\": 100000, \"rateWindowSeconds\": 60,"
                + " \"throttleStatus\": 503, \"burstLimit\": 0, \"errorBodyAsArray\": false, \"errorWith200Rate\": 0,"
                + " \"failureRate\": 0,"
                + " \"latencyMs\": 0, \"webhookDropRate\": 0, \"webhookDuplicateRate\": 0, \"webhookReorder\": false,"
                + " \"webhookTimeFactor\": 0.001, \"leakOldRows\": false, \"autoInvoice\": true}");
    }

    /** Whether the demo merchant's invoices are authorised at shipment (true, the default) or by a DEAR user. */
    public static void autoInvoice(boolean on) {
        control("PUT", account() + "/settings", "{\"autoInvoice\": " + on + "}");
    }

    /**
     * DEAR's rough edges that never change an outcome, for the full-flow tests: error bodies as an array, and the burst
     * 403 for more than 2 calls in flight (the bridge's {@code max-in-flight}, so it must keep clear of it). Errors
     * inside a 200 and single burst 403s are injected as faults on chosen calls instead of a random rate, so the
     * tests that count DEAR calls stay exact.
     */
    public static void roughEdges() {
        DEMO.settings("{\"errorBodyAsArray\": true, \"burstLimit\": 2}");
    }

    /** DEAR sends no webhooks of its own, so the test alone decides what the bridge receives. */
    public static void dropDeliveries() {
        DEMO.settings("{\"webhookDropRate\": 1.0}");
    }

    /**
     * DEAR's first delivery comes about a minute after the event; scaled to 3 s here. The benchmark needs
     * that gap: DEAR's echo of a stage must not overtake the bridge recording DEAR's answer to it.
     */
    public static void realisticDeliveryDelay() {
        DEMO.settings("{\"webhookTimeFactor\": 0.05}");
    }

    static JsonObject createSale(String json) {
        return DEMO.createSale(json);
    }

    /** Waits until DEAR sends this webhook type to the bridge: a freshly deployed bridge subscribes after start. */
    public static void awaitSubscribed(String type) {
        Await.awaitTrue(type + " subscribed", () -> Http.<JsonObject>json(dear("GET", "webhooks", null))
                .getJsonArray("Webhooks").getValuesAs(JsonObject.class).stream()
                .anyMatch(w -> w.getString("Type").equals(type) && w.getBoolean("IsActive")
                        && w.getString("ExternalURL").contains("/bridge/api/dear/")));
    }

    /** A sale entered in DEAR as the control API takes it (lines, location, allocate, ...); authorised unless told. */
    public static JsonObject sale(String json) {
        return DEMO.createSale(json);
    }

    /** A new authorised sale in DEAR with the given lines (fires Sale/OrderAuthorised). */
    public static JsonObject authorisedSale(String linesJson) {
        return DEMO.createSale("{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": " + linesJson + "}");
    }

    /** A DEAR user's action with its body (e.g. a credit note's lines), with the webhooks it fires. */
    public static JsonObject act(String saleId, String action, String json) {
        return Http.json(control("POST", account() + "/sales/" + saleId + "/" + action, json == null ? "{}" : json));
    }

    /** A DEAR user's action on a sale (void, undo, ...), with the webhooks it fires. */
    public static JsonObject act(String saleId, String action) {
        return act(saleId, action, null);
    }

    /** The sale as DEAR holds it, read through the control API so the test's look does not count as a DEAR call. */
    public static JsonObject dearSale(String saleId) {
        return Http.json(control("GET", account() + "/sales/" + saleId, null));
    }

    /** Sets stock on hand in the demo account: {@code {"lines":[{"sku","location","batch"?,"quantity"}]}}. */
    public static void setStock(String json) {
        control("PUT", account() + "/stock", json);
    }

    /** The demo account's stock of one SKU, per place and batch ({@code sku, location, batch, onHand}). */
    public static List<JsonObject> stockOf(String sku) {
        return Http.<JsonObject>json(control("GET", account() + "/stock", null)).getJsonArray("stock")
                .getValuesAs(JsonObject.class).stream().filter(s -> sku.equalsIgnoreCase(s.getString("sku"))).toList();
    }

    /** Any fault the control API takes, e.g. {@code storeFirst} with {@code delayMs}. */
    public static void fault(String json) {
        control("POST", account() + "/faults", json);
    }

    /** DEAR answers the next {@code count} calls of a method and path with {@code status}. */
    public static void fault(int count, int status, String method, String path) {
        fault("{\"count\": " + count + ", \"status\": " + status + ", \"method\": \"" + method
                + "\", \"path\": \"" + path + "\"}");
    }

    /** As {@link #fault(int, int, String, String)}, with DEAR's error message {@code text}. */
    public static void fault(int count, int status, String method, String path, String text) {
        fault(Json.createObjectBuilder().add("count", count).add("status", status).add("method", method)
                .add("path", path).add("body", text).build().toString());
    }

    static JsonArray calls() {
        return DEMO.calls();
    }

    static long countCalls(String method, String path, String queryPart) {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("method").equalsIgnoreCase(method) && c.getString("path").equals(path))
                .filter(c -> queryPart == null || c.getString("query", "").toLowerCase().contains(queryPart.toLowerCase()))
                .count();
    }

    /** The demo account's DEAR calls, oldest first. */
    public static List<JsonObject> callLog() {
        return calls().getValuesAs(JsonObject.class);
    }

    /** The sequence number of the latest DEAR call, to take the calls made after it with {@link #callsSince}. */
    public static long lastSeq() {
        return callLog().stream().mapToLong(c -> c.getJsonNumber("seq").longValue()).max().orElse(0);
    }

    public static List<JsonObject> callsSince(long seq) {
        return callLog().stream().filter(c -> c.getJsonNumber("seq").longValue() > seq).toList();
    }

    /** Calls with the given method and path whose answer had the given status (any when null). */
    public static long count(List<JsonObject> calls, String method, String path, Integer status) {
        return calls.stream().filter(c -> c.getString("method").equalsIgnoreCase(method)
                        && c.getString("path").equalsIgnoreCase(path)
                        && (status == null || c.getInt("status") == status))
                .count();
    }

    /** A call to DEAR's own API with the demo account's credentials. */
    static HttpResponse<String> dear(String method, String pathAndQuery, String json) {
        HttpRequest.Builder request = Http.request(DEAR + pathAndQuery)
                .header("api-auth-accountid", Demo.ACCOUNT_ID)
                .header("api-auth-applicationkey", Demo.APPLICATION_KEY)
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return Http.send(request);
    }

    static String json(Object... keyValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            if (value instanceof Number n) {
                builder.add((String) keyValues[i], n.longValue());
            } else if (value instanceof Boolean b) {
                builder.add((String) keyValues[i], b);
            } else {
                builder.add((String) keyValues[i], String.valueOf(value));
            }
        }
        return builder.build().toString();
    }

    /** Polls until the supplier gives a non-null value, or fails after the timeout; see {@link Await}. */
    public static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        return Await.await(what, timeout, probe);
    }
}
