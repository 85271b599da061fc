package io.dearbridge.outbox;

import io.dearbridge.domain.sync.SyncFailure;

/** How one attempt at a command ended. */
public sealed interface Outcome {

    /** DEAR shows the intended state; {@code response} is its answer, kept with the command. */
    record Sent(String response, boolean confirmedByReading, Object detail) implements Outcome {
    }

    /** DEAR did not take it; retried or FAILED per the retry policy and the failure's kind. */
    record Failed(SyncFailure failure) implements Outcome {
    }

    static Outcome sent(String response, Object detail) {
        return new Sent(response, false, detail);
    }

    static Outcome confirmed(String response, Object detail) {
        return new Sent(response, true, detail);
    }

    static Outcome failed(SyncFailure failure) {
        return new Failed(failure);
    }
}
