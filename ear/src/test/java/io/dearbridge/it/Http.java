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

/** A small HTTP client for black-box tests against the test server on 127.0.0.1. */
final class Http {

    static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0);
    static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    static final String MANAGEMENT = "http://127.0.0.1:" + (9990 + PORT_OFFSET);

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .timeout(Duration.ofSeconds(30));
    }

    static HttpRequest.Builder asUser(String url, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return request(url).header("Authorization", "Basic " + token);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET());
    }

    @SuppressWarnings("unchecked")
    static <T extends JsonStructure> T json(HttpResponse<String> response) {
        return (T) Json.createReader(new StringReader(response.body())).read();
    }
}
