package io.dearbridge.write;

/**
 * The answer to a warehouse request as the API rendered it (status and body). The service keeps it opaque and
 * stores it under the request's Idempotency-Key, so a repeat gets exactly the first answer.
 */
public record Answer(int status, String body, boolean replayed) {
}
