package io.dearbridge.simulator.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * POSTs a delivery with a 10 s timeout. Plain {@link HttpURLConnection} because it is synchronous and starts no
 * threads of its own: it runs on the managed executor the dispatcher was given.
 */
public final class HttpWebhookSender implements WebhookSender {

    static final int TIMEOUT_MS = 10_000;

    @Override
    public int send(String url, Map<String, String> headers, String body) {
        HttpURLConnection conn = null;
        try {
            conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
            conn.setConnectTimeout(TIMEOUT_MS);
            conn.setReadTimeout(TIMEOUT_MS);
            conn.setRequestMethod("POST");
            conn.setDoOutput(true);
            headers.forEach(conn::setRequestProperty);
            try (OutputStream out = conn.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = conn.getResponseCode();
            drain(conn, status);
            return status;
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }

    private static void drain(HttpURLConnection conn, int status) throws IOException {
        try (InputStream in = status >= 400 ? conn.getErrorStream() : conn.getInputStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
    }
}
