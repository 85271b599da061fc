package io.dearbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** The simulator's control API and DEAR's own paths, for arranging and checking integration tests. */
public final class Simulator {

    static final String CONTROL = "/dear-simulator/control";
    static final String DEAR = "/dear-simulator/ExternalApi/v2/";

    private Simulator() {
    }

    static HttpResponse<String> control(String method, String path, String json) {
        HttpRequest.Builder request = Http.request(CONTROL + path).header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = Http.send(request);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String account() {
        return "/accounts/" + Demo.ACCOUNT_ID;
    }

    /** Calm DEAR down: a generous rate limit and no faults, as tests expect unless they say otherwise. */
    public static void calm() {
        control("DELETE", account() + "/faults", null);
        control("PUT", account() + "/settings", "{\"rateLimit\": 100000, \"rateWindowSeconds\": 60,"
                + " \"throttleStatus\": 503, \"burstLimit\": 0, \"errorWith200Rate\": 0, \"failureRate\": 0,"
                + " \"latencyMs\": 0, \"webhookDropRate\": 0, \"webhookDuplicateRate\": 0, \"webhookReorder\": false,"
                + " \"webhookTimeFactor\": 0.001}");
    }

    static JsonObject createSale(String json) {
        return Http.json(control("POST", account() + "/sales", json));
    }

    static JsonObject act(String saleId, String action, String json) {
        return Http.json(control("POST", account() + "/sales/" + saleId + "/" + action, json == null ? "{}" : json));
    }

    static void fault(String json) {
        control("POST", account() + "/faults", json);
    }

    static JsonArray calls() {
        return Http.json(control("GET", account() + "/calls", null));
    }

    static long countCalls(String method, String path, String queryPart) {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("method").equalsIgnoreCase(method) && c.getString("path").equals(path))
                .filter(c -> queryPart == null || c.getString("query", "").toLowerCase().contains(queryPart.toLowerCase()))
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

    /** Polls until the supplier gives a non-null value, or fails after the timeout. */
    public static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
