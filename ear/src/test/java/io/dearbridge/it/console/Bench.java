package io.dearbridge.it.console;

import io.dearbridge.it.Demo;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** The world around the console: the simulator, the warehouse API and the bridge's database. */
final class Bench {

    static final String CONTROL = Browser.BASE + "/dear-simulator/control/accounts/" + Demo.ACCOUNT_ID;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bench() {
    }

    static HttpResponse<String> send(String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : Browser.BASE + url))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject control(String method, String path, String json) {
        HttpResponse<String> response = send(method, CONTROL + path, json, "Content-Type", "application/json");
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() || !response.body().trim().startsWith("{") ? null : object(response.body());
    }

    static HttpResponse<String> warehouse(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("warehouse:" + Demo.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return send(method, "/bridge/api/v1/" + path, json, "Authorization", basic, "Content-Type", "application/json");
    }

    static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static JsonObject createSale() {
        return control("POST", "/sales", "{\"customer\": \"Console Test Pty\", \"lines\": "
                + "[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"price\": 249}]}");
    }

    static void fault(int count, int status, String method, String path, String text) {
        control("POST", "/faults", Json.createObjectBuilder().add("count", count).add("status", status)
                .add("method", method).add("path", path).add("body", text).build().toString());
    }

    /** Waits for the bridge to import the sale; answers the order. */
    static JsonObject importedOrder(JsonObject sale) {
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        return await("order " + number, () -> {
            JsonArray items = object(warehouse("GET", "orders?saleOrderNumber=" + number, null).body()).getJsonArray("items");
            return items.isEmpty() ? null : items.getJsonObject(0);
        });
    }

    static JsonObject order(long id) {
        return object(warehouse("GET", "orders/" + id, null).body());
    }

    static String pick(long orderId) {
        HttpResponse<String> response = warehouse("POST", "orders/" + orderId + "/picks",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"}]}");
        if (response.statusCode() != 202) {
            throw new AssertionError("pick refused: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The order's pick command: id and status. */
    static long pickCommand(long orderId) {
        return await("the pick command of order " + orderId, () -> {
            long id = ItDatabase.count("select coalesce(max(id), 0) from outbox_command where ordering_key = ?"
                    + " and command_type = 'DEAR_PICK'", "order:" + orderId);
            return id == 0 ? null : id;
        });
    }

    static String status(long commandId) {
        try (Connection connection = ItDatabase.connect();
             PreparedStatement statement = connection.prepareStatement("select status from outbox_command where id = ?")) {
            statement.setLong(1, commandId);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitStatus(long commandId, String... statuses) {
        await("outbox command " + commandId + " in " + List.of(statuses),
                () -> List.of(statuses).contains(status(commandId)) ? true : null);
    }

    static long dearCalls(String method, String path) {
        HttpResponse<String> response = send("GET", CONTROL + "/calls", null);
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("method").equalsIgnoreCase(method) && c.getString("path").equalsIgnoreCase(path))
                .count();
    }

    /** Inserts FAILED outbox commands straight into the database, for the list's paging and speed. */
    static void insertFailed(int count, String marker) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = ItDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("insert into outbox_command (account_code,"
                     + " ordering_key, command_type, payload, status, attempts, last_failure_kind, last_http_status,"
                     + " last_error, created_at, updated_at) values ('demo', ?, ?, '{}', 'FAILED', ?, 'PERMANENT', 400, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                insert.setString(1, "bulk:" + marker);
                insert.setString(2, i % 2 == 0 ? "DEAR_PACK" : "DEAR_SHIP");
                insert.setInt(3, 1 + i % 7);
                insert.setString(4, marker + " row " + i + ": Pack quantity exceeds picked quantity");
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, Timestamp.from(now.toInstant().minusSeconds(i)));
                insert.addBatch();
                if (i % 500 == 499) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteBulk(String marker) {
        ItDatabase.update("delete from outbox_command where ordering_key = ?", "bulk:" + marker);
    }

    static <T> T await(String what, Supplier<T> probe) {
        return Simulator.await(what, Duration.ofSeconds(60), probe);
    }

    static List<String> list(JsonArray array, String key) {
        List<String> values = new ArrayList<>();
        array.getValuesAs(JsonObject.class).forEach(o -> values.add(o.getString(key, "")));
        return values;
    }
}
