package io.dearbridge.fulfilment;

/** What the warehouse API answers: HTTP status and JSON body, stored as is for an idempotent repeat. */
public record Answer(int status, String body, boolean replayed) {
}
