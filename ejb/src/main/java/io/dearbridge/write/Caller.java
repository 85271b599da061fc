package io.dearbridge.write;

import java.util.function.Function;

/**
 * Who records, and the request's {@code Idempotency-Key} (null when none was sent) with a hash of the
 * request, so a repeat with the same key gets the first answer and a different request under it is refused.
 * {@code render} is how the API answers a result; the service stores that answer with the effect.
 */
public record Caller<R>(String principal, String idempotencyKey, String requestHash, Function<R, Answer> render) {

    public boolean idempotent() {
        return idempotencyKey != null;
    }
}
