package io.dearbridge.webhook;

/** The outcome of healing one event type's subscription. */
public record SubscriptionReport(String type, String url, String outcome, String detail) {
}
