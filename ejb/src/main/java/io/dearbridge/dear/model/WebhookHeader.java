package io.dearbridge.dear.model;

/** An extra header DEAR adds to each delivery; the value may be a secret, so it is masked in text. */
public record WebhookHeader(String key, String value) {

    @Override
    public String toString() {
        return "WebhookHeader[" + key + "=****]";
    }
}
