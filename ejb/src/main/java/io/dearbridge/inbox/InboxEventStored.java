package io.dearbridge.inbox;

/** An event was committed to the inbox; the dispatcher may start on it without waiting for its timer. */
public record InboxEventStored(long eventId) {
}
