package io.dearbridge.it.returns;

import io.dearbridge.it.Demo;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** The returns tests' view: the warehouse API, the simulator as DEAR and as a DEAR user, the bridge's tables. */
final class Desk {

    static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0));
    static final String CONTROL = BASE + "/dear-simulator/control/accounts/" + Demo.ACCOUNT_ID;
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Desk() {
    }

    static HttpResponse<String> send(String method, String url, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A warehouse API call as the {@code warehouse} user. */
    static HttpResponse<String> warehouse(String method, String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Basic " + Base64.getEncoder().encodeToString(("warehouse:" + Demo.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, "/bridge/api/v1/" + path, json, all);
    }

    @SuppressWarnings("unchecked")
    static <T extends JsonStructure> T json(HttpResponse<String> response) {
        return (T) Json.createReader(new StringReader(response.body())).read();
    }

    static HttpResponse<String> control(String method, String path, String json) {
        HttpResponse<String> response = send(method, CONTROL + path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static JsonObject act(String saleId, String action, String json) {
        return json(control("POST", "/sales/" + saleId + "/" + action, json == null ? "{}" : json));
    }

    static JsonObject dearSale(String saleId) {
        return json(control("GET", "/sales/" + saleId, null));
    }

    static List<JsonObject> creditNotes(String saleId) {
        return dearSale(saleId).getJsonArray("CreditNotes").getValuesAs(JsonObject.class);
    }

    static long lastSeq() {
        return calls(0).stream().mapToLong(c -> c.getJsonNumber("seq").longValue()).max().orElse(0);
    }

    static List<JsonObject> calls(long since) {
        return Desk.<JsonArray>json(control("GET", "/calls", null)).getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("seq").longValue() > since).toList();
    }

    static long count(List<JsonObject> calls, String method, String path) {
        return calls.stream().filter(c -> c.getString("method").equalsIgnoreCase(method)
                && c.getString("path").equalsIgnoreCase(path)).count();
    }

    /** A sale authorised in DEAR, shipped there by a DEAR user, and imported by the bridge as SHIPPED. */
    static Shipped shippedSale(String linesJson) {
        JsonObject sale = json(control("POST", "/sales", "{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": "
                + linesJson + "}"));
        String saleId = sale.getString("ID");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        act(saleId, "pick", null);
        act(saleId, "pack", null);
        act(saleId, "ship", null);
        long orderId = await("order " + number + " SHIPPED", () -> {
            JsonArray items = Desk.<JsonObject>json(warehouse("GET", "orders?saleOrderNumber=" + number, null))
                    .getJsonArray("items");
            return !items.isEmpty() && "SHIPPED".equals(items.getJsonObject(0).getString("status"))
                    ? items.getJsonObject(0).getJsonNumber("id").longValue() : null;
        });
        return new Shipped(saleId, number, orderId);
    }

    /** An authorised sale the bridge imported and nobody shipped. */
    static Shipped unshippedSale(String linesJson) {
        JsonObject sale = json(control("POST", "/sales", "{\"lines\": " + linesJson + "}"));
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        long orderId = await("order " + number, () -> {
            JsonArray items = Desk.<JsonObject>json(warehouse("GET", "orders?saleOrderNumber=" + number, null))
                    .getJsonArray("items");
            return items.isEmpty() ? null : items.getJsonObject(0).getJsonNumber("id").longValue();
        });
        return new Shipped(sale.getString("ID"), number, orderId);
    }

    record Shipped(String saleId, String number, long orderId) {
    }

    static JsonObject order(long id) {
        return json(warehouse("GET", "orders/" + id, null));
    }

    static JsonObject returnOf(long id) {
        return json(warehouse("GET", "returns/" + id, null));
    }

    static List<JsonObject> returnsOf(String saleOrderNumber) {
        return Desk.<JsonObject>json(warehouse("GET", "returns?saleOrderNumber=" + saleOrderNumber, null))
                .getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static JsonObject awaitReturn(long id, String status) {
        return await("return " + id + " " + status, () -> {
            JsonObject r = returnOf(id);
            return status.equals(r.getString("status")) ? r : null;
        });
    }

    static long rows(String sql, Object... parameters) {
        return ItDatabase.count(sql, parameters);
    }

    static <T> T await(String what, Supplier<T> probe) {
        return Simulator.await(what, WAIT, probe);
    }
}
