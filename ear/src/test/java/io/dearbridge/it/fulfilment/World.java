package io.dearbridge.it.fulfilment;

import io.dearbridge.it.Demo;
import io.dearbridge.it.Deployments;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The test's view of the world: the bridge's warehouse API, the simulator (control API and DEAR's own
 * paths) and the bridge's database, on top of the shared IT helpers in {@code io.dearbridge.it}.
 */
final class World {

    static final String ACCOUNT_ID = Demo.ACCOUNT_ID;
    static final String APPLICATION_KEY = Demo.APPLICATION_KEY;
    static final String PASSWORD = Demo.PASSWORD;
    static final String BASE = "http://127.0.0.1:" + (8080 + Integer.getInteger("it.port.offset", 0));
    static final String CONTROL = BASE + "/dear-simulator/control/accounts/" + ACCOUNT_ID;
    static final Duration WAIT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private World() {
    }

    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    // --- HTTP -------------------------------------------------------------------------------------------

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

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A warehouse API call as the given user. */
    static HttpResponse<String> api(String user, String method, String path, String json, String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", basic(user)));
        all.addAll(List.of(headers));
        return send(method, "/bridge/api/v1/" + path, json, all.toArray(String[]::new));
    }

    static HttpResponse<String> warehouse(String method, String path, String json, String... headers) {
        return api("warehouse", method, path, json, headers);
    }

    @SuppressWarnings("unchecked")
    static <T extends JsonStructure> T json(HttpResponse<String> response) {
        return (T) Json.createReader(new StringReader(response.body())).read();
    }

    // --- simulator --------------------------------------------------------------------------------------

    static HttpResponse<String> control(String method, String path, String json) {
        HttpResponse<String> response = send(method, CONTROL + path, json);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static void calm() {
        Simulator.calm();
    }

    /**
     * DEAR's first delivery comes about a minute after the event; scaled to 3 s here. The benchmark needs
     * that gap: DEAR's echo of a stage must not overtake the bridge recording DEAR's answer to it.
     */
    static void realisticDeliveryDelay() {
        control("PUT", "/settings", "{\"webhookTimeFactor\": 0.05}");
    }

    /** Waits until DEAR's webhooks about a sale (the import and the stage echoes) are all processed. */
    static void awaitInboxSettled(String saleId, int events) {
        await(events + " inbox events of the sale processed", () -> count(
                "select count(*) from inbox_event where (sale_id = ? or sale_task_id = ?) and status = 'DONE'",
                saleId.toLowerCase(), saleId.toLowerCase()) >= events
                && count("select count(*) from inbox_event where (sale_id = ? or sale_task_id = ?)"
                + " and status in ('RECEIVED', 'PROCESSING', 'RETRY')", saleId.toLowerCase(), saleId.toLowerCase()) == 0
                ? true : null);
    }

    static void fault(int count, int status, String method, String path) {
        control("POST", "/faults", "{\"count\": " + count + ", \"status\": " + status + ", \"method\": \"" + method
                + "\", \"path\": \"" + path + "\"}");
    }

    /** A new authorised sale in DEAR (fires Sale/OrderAuthorised). */
    static JsonObject createSale(String linesJson) {
        return json(control("POST", "/sales", "{\"customer\": \"Northwind Outdoor Ltd\", \"lines\": " + linesJson + "}"));
    }

    static JsonObject act(String saleId, String action) {
        return json(control("POST", "/sales/" + saleId + "/" + action, "{}"));
    }

    /** The sale as DEAR holds it, read through the control API so the test's look does not count as a DEAR call. */
    static JsonObject dearSale(String saleId) {
        return json(control("GET", "/sales/" + saleId, null));
    }

    static List<JsonObject> calls() {
        return World.<JsonArray>json(control("GET", "/calls", null)).getValuesAs(JsonObject.class);
    }

    /** Calls to one DEAR path since {@code fromSeq}, with the given method, whose answer had the given status class. */
    static long count(List<JsonObject> calls, String method, String path, Integer status) {
        return calls.stream().filter(c -> c.getString("method").equalsIgnoreCase(method)
                        && c.getString("path").equalsIgnoreCase(path)
                        && (status == null || c.getInt("status") == status))
                .count();
    }

    static long lastSeq() {
        return calls().stream().mapToLong(c -> c.getJsonNumber("seq").longValue()).max().orElse(0);
    }

    static List<JsonObject> callsSince(long seq) {
        return calls().stream().filter(c -> c.getJsonNumber("seq").longValue() > seq).toList();
    }

    /** Waits until DEAR (the simulator) sends this webhook type to the bridge: a freshly deployed bridge subscribes. */
    static void awaitSubscribed(String type) {
        await(type + " subscribed", () -> {
            JsonObject list = json(send("GET", BASE + "/dear-simulator/ExternalApi/v2/webhooks", null,
                    "api-auth-accountid", ACCOUNT_ID, "api-auth-applicationkey", APPLICATION_KEY));
            return list.getJsonArray("Webhooks").getValuesAs(JsonObject.class).stream()
                    .anyMatch(w -> w.getString("Type").equals(type) && w.getBoolean("IsActive")
                            && w.getString("ExternalURL").contains("/bridge/api/dear/")) ? true : null;
        });
    }

    // --- bridge ---------------------------------------------------------------------------------------

    /** Creates a sale and waits until the bridge has imported it; answers the order. */
    static JsonObject importedOrder(JsonObject sale) {
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        return await("order " + number, () -> {
            JsonArray items = World.<JsonObject>json(warehouse("GET", "orders?saleOrderNumber=" + number, null))
                    .getJsonArray("items");
            return items.isEmpty() ? null : items.getJsonObject(0);
        });
    }

    static JsonObject order(long id) {
        return json(warehouse("GET", "orders/" + id, null));
    }

    static <T> T await(String what, Supplier<T> probe) {
        return await(what, WAIT, probe);
    }

    static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        return Simulator.await(what, timeout, probe);
    }

    // --- database ------------------------------------------------------------------------------------

    static long count(String sql, Object... parameters) {
        return ItDatabase.count(sql, parameters);
    }

    /** The statuses of an order's outbox commands, in the order they were written. */
    static List<String> commands(long orderId) {
        try (Connection connection = ItDatabase.connect();
             var statement = connection.prepareStatement(
                     "select command_type, status from outbox_command where ordering_key = ? order by id")) {
            statement.setString(1, "order:" + orderId);
            List<String> result = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1) + "=" + rows.getString(2));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long records(long orderId) {
        return count("select count(*) from fulfilment_record r join fulfilment f on f.id = r.fulfilment_id"
                + " where f.order_id = ?", orderId);
    }

    /** Waits until every command of the order is SENT; answers the command list. */
    static List<String> allSent(long orderId) {
        return await("all commands of order " + orderId + " SENT", () -> {
            List<String> commands = commands(orderId);
            return !commands.isEmpty() && commands.stream().allMatch(c -> c.endsWith("=SENT")) ? commands : null;
        });
    }
}
