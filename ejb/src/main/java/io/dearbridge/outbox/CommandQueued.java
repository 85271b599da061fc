package io.dearbridge.outbox;

/** Fired when a transaction wrote an outbox command; observed after commit to send it at once. */
public record CommandQueued(String accountCode, String orderingKey) {
}
