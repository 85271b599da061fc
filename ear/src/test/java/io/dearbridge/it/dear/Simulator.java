package io.dearbridge.it.dear;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The simulator's control API (settings, faults, sales, call log), called over HTTP from inside the server. */
final class Simulator {

    static final String BASE = "http://127.0.0.1:" + Integer.getInteger("it.http.port", 8080) + "/dear-simulator/control";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String accountId;

    Simulator(String accountId) {
        this.accountId = accountId;
    }

    /** A new simulated DEAR account with its own keys, counters and call log; the test's own sandbox. */
    static Simulator newAccount(String name, String accountId, String applicationKey) {
        send("POST", BASE + "/accounts", Json.createObjectBuilder().add("name", name).add("accountId", accountId)
                .add("applicationKey", applicationKey).build().toString());
        return new Simulator(accountId);
    }

    static void reset() {
        send("POST", BASE + "/reset", "{}");
    }

    void settings(String json) {
        send("PUT", BASE + "/accounts/" + accountId + "/settings", json);
    }

    void fault(int count, int status, String method, String path, boolean with200, String body) {
        var fault = Json.createObjectBuilder().add("count", count).add("status", status).add("method", method)
                .add("path", path).add("with200", with200);
        if (body != null) {
            fault.add("body", body);
        }
        send("POST", BASE + "/accounts/" + accountId + "/faults", fault.build().toString());
    }

    JsonObject createSale(String json) {
        return read(send("POST", BASE + "/accounts/" + accountId + "/sales", json));
    }

    JsonArray calls() {
        return read(send("GET", BASE + "/accounts/" + accountId + "/calls", null));
    }

    void clearCalls() {
        send("DELETE", BASE + "/accounts/" + accountId + "/calls", null);
    }

    long count(String method, String path, int status) {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> method.equals(c.getString("method")) && path.equalsIgnoreCase(c.getString("path"))
                        && c.getInt("status") == status)
                .count();
    }

    long throttled() {
        return calls().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("status") == 503 || c.getInt("status") == 429).count();
    }

    static String send(String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + url + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T extends JsonStructure> T read(String body) {
        return (T) Json.createReader(new StringReader(body)).read();
    }
}
