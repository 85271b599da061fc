package io.dearbridge.webhook;

/** A webhook subscription at DEAR, in the bridge's terms. */
public record Subscription(String id, String type, String url, boolean active) {
}
