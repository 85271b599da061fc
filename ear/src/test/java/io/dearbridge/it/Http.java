package io.dearbridge.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for tests against the test server on 127.0.0.1, from the test JVM or, for in-container
 * tests, from inside the server (which knows its port offset as {@code jboss.socket.binding.port-offset}).
 */
public final class Http {

    public static final int PORT_OFFSET = Integer.getInteger("it.port.offset",
            Integer.getInteger("jboss.socket.binding.port-offset", 0));
    public static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    public static final String MANAGEMENT = "http://127.0.0.1:" + (9990 + PORT_OFFSET);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    public static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .timeout(Duration.ofSeconds(30));
    }

    /**
     * A request as a script sends it: Basic credentials and an {@code X-Requested-By} header, which the API's
     * cross-site guard asks of body-less POSTs (heal, reconcile).
     */
    public static HttpRequest.Builder asUser(String url, String user, String password) {
        return request(url).header("Authorization", basic(user, password)).header("X-Requested-By", "bridge-it");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request (no body when {@code json} is null) with extra headers given as name, value, name, value. */
    public static HttpResponse<String> send(String method, String url, String json, String... headers) {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return send(request);
    }

    public static HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    @SuppressWarnings("unchecked")
    public static <T extends JsonStructure> T json(HttpResponse<String> response) {
        return (T) Json.createReader(new StringReader(response.body())).read();
    }
}
