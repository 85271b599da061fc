package io.dearbridge.inbox;

import java.time.Instant;

/** An inbox event handed to one worker for one attempt. */
public record Claim(long eventId, int attemptNo, Instant startedAt) {
}
