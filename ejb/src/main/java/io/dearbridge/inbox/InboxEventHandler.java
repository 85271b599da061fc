package io.dearbridge.inbox;

import java.util.Set;

/**
 * Processes one claimed inbox event; implemented by the feature that owns the event types, as a CDI bean (an EJB)
 * in its own package. The dispatcher routes each event by its type ({@link InboxHandlers}), as the outbox routes
 * commands by kind; no two handlers may take the same type.
 */
public interface InboxEventHandler {

    /** The event types this handler processes. */
    Set<String> eventTypes();

    void handle(Claim claim);
}
