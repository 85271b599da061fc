package io.dearbridge.dear.model;

/** {@code GET me}: the company behind the credentials; the bridge's connectivity check. */
public record Me(String company, String currency, String timeZone, String defaultSaleAccount) {
}
