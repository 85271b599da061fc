package io.dearbridge.fulfilment;

/**
 * Who records, and the request's {@code Idempotency-Key} (null when none was sent) with a hash of the
 * request, so a repeat with the same key gets the first answer and a different request under it is refused.
 */
public record Caller(String principal, String idempotencyKey, String requestHash) {

    public boolean idempotent() {
        return idempotencyKey != null;
    }
}
