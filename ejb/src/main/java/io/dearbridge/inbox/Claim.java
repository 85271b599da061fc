package io.dearbridge.inbox;

import java.time.Instant;

/** An inbox event handed to one worker for one attempt; its type says which handler takes it. */
public record Claim(long eventId, String accountCode, String eventType, int attemptNo, Instant startedAt,
                    String documentNumber) {

    public Claim(long eventId, String accountCode, String eventType, int attemptNo, Instant startedAt) {
        this(eventId, accountCode, eventType, attemptNo, startedAt, null);
    }
}
