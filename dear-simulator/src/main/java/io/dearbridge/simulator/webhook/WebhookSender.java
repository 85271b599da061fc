package io.dearbridge.simulator.webhook;

import java.util.Map;

/** Sends one delivery. Returns the HTTP status received, or 0 when the connection failed or timed out. */
@FunctionalInterface
public interface WebhookSender {

    int send(String url, Map<String, String> headers, String body);
}
