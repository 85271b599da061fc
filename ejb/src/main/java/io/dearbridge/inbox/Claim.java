package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.DocumentRef;
import java.time.Instant;

/**
 * An inbox event handed to one worker for one attempt; its type says which handler takes it, and {@code document}
 * what it is about, as stored (so a handler that needs no more of the event does not read it again).
 */
public record Claim(long eventId, String accountCode, String eventType, int attemptNo, Instant startedAt,
                    DocumentRef document) {

    public Claim(long eventId, String accountCode, String eventType, int attemptNo, Instant startedAt) {
        this(eventId, accountCode, eventType, attemptNo, startedAt, DocumentRef.NONE);
    }

    public String documentNumber() {
        return document.number();
    }
}
