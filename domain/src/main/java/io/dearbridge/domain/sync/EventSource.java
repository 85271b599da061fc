package io.dearbridge.domain.sync;

/** Where an inbox event came from. */
public enum EventSource {
    WEBHOOK, RECONCILER
}
