package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.EventKey;

/** An event as received, validated and about to be stored. {@code payload} is the body in compact JSON. */
public record IncomingEvent(EventKey key, String payload, boolean handled) {
}
