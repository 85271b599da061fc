package io.dearbridge.console;

import java.time.Instant;
import java.util.List;

/** A sync with its payload (secrets masked), every attempt, and what operators did to it. */
public record SyncDetail(SyncRef ref, String account, String type, String state, String saleOrderNumber, Long orderId,
                         Instant createdAt, Instant updatedAt, int attempts, Integer httpStatus, String lastError,
                         Instant nextAttemptAt, String maskedPayload, List<Attempt> history, List<Action> actions) {

    public String kind() {
        return SyncKinds.label(type);
    }

    /** One try at the sync. */
    public record Attempt(int number, Instant startedAt, Instant finishedAt, String outcome, Integer httpStatus,
                          String message) {
    }

    /** One operator action on the sync. */
    public record Action(Instant at, String actor, String action, String reason, String outcome) {
    }
}
