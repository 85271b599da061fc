package io.dearbridge.outbox;

import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;
import java.time.Duration;

/** How one attempt at a command ended; {@code D} is what the handler learnt from DEAR when it was sent. */
public sealed interface Outcome<D> {

    /** DEAR shows the intended state; {@code response} is its answer, kept with the command. */
    record Sent<D>(String response, boolean confirmedByReading, D detail) implements Outcome<D> {
    }

    /** DEAR did not take it; retried or FAILED per the retry policy and the failure's kind. */
    record Failed<D>(SyncFailure failure) implements Outcome<D> {
    }

    /**
     * DEAR would refuse the write now, for a reason that passes by itself (the purchase's invoice is not authorised
     * yet): nothing was written, the command waits for {@code reason}, not failed, and is looked at again after
     * {@code recheck} or when woken ({@link OutboxWake}). {@code detail} is what the handler's bookkeeping records.
     */
    record Waiting<D>(WaitReason reason, Duration recheck, String note, D detail) implements Outcome<D> {
    }

    static <D> Outcome<D> waiting(WaitReason reason, Duration recheck, String note, D detail) {
        return new Waiting<>(reason, recheck, note, detail);
    }

    static <D> Outcome<D> sent(String response, D detail) {
        return new Sent<>(response, false, detail);
    }

    static <D> Outcome<D> confirmed(String response, D detail) {
        return new Sent<>(response, true, detail);
    }

    static <D> Outcome<D> failed(SyncFailure failure) {
        return new Failed<>(failure);
    }
}
