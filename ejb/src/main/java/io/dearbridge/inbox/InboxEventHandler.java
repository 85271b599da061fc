package io.dearbridge.inbox;

/** Processes one claimed inbox event; implemented by the feature that owns the event types. */
public interface InboxEventHandler {

    void handle(Claim claim);
}
