package io.dearbridge.inbox;

import java.time.Instant;

/** An inbox event handed to one worker for one attempt. */
public record Claim(long eventId, String accountCode, int attemptNo, Instant startedAt) {
}
