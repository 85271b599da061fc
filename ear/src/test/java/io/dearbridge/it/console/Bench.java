package io.dearbridge.it.console;

import io.dearbridge.it.Await;
import io.dearbridge.it.Bridge;
import io.dearbridge.it.ItDatabase;
import io.dearbridge.it.Simulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the console tests need beyond the shared harness: the order's pick command, and bulk failed rows. */
final class Bench {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bench() {
    }

    /** A plain request (landing page, crafted POSTs), without following redirects. */
    static HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE + path)).timeout(Duration.ofSeconds(30));
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

    static void pick(long orderId) {
        HttpResponse<String> response = Bridge.warehouse("POST", "orders/" + orderId + "/picks",
                "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 2, \"location\": \"Main Warehouse: A-03-02\"}]}");
        if (response.statusCode() != 202) {
            throw new AssertionError("pick refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** The id of the order's pick command. */
    static long pickCommand(long orderId) {
        return Await.await("the pick command of order " + orderId, () -> {
            long id = ItDatabase.count("select coalesce(max(id), 0) from outbox_command where ordering_key = ?"
                    + " and command_type = 'DEAR_PICK'", "order:" + orderId);
            return id == 0 ? null : id;
        });
    }

    static String status(long commandId) {
        List<String> status = ItDatabase.query("select status from outbox_command where id = ?", rows -> rows.getString(1),
                commandId);
        return status.isEmpty() ? null : status.get(0);
    }

    static void awaitStatus(long commandId, String... statuses) {
        Await.awaitTrue("outbox command " + commandId + " in " + List.of(statuses),
                () -> List.of(statuses).contains(status(commandId)));
    }

    static long dearCalls(String method, String path) {
        return Simulator.count(Simulator.callLog(), method, path, null);
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
}
