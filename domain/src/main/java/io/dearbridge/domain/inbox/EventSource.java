package io.dearbridge.domain.inbox;

/** Where an inbox event came from. */
public enum EventSource {
    WEBHOOK, RECONCILER
}
