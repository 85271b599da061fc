package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.CommandKind;
import java.time.Instant;

/**
 * A command handed to the dispatcher for one attempt. {@code outcomeUnknown} says an earlier attempt may
 * have reached DEAR (a timeout, a 5xx, a node that vanished): DEAR must be re-read before writing again.
 */
public record ClaimedCommand(long id, String accountCode, String orderingKey, CommandKind kind, String payload,
                             int attemptNo, Instant startedAt, boolean outcomeUnknown) {
}
