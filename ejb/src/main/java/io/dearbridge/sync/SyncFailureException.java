package io.dearbridge.sync;

import io.dearbridge.domain.sync.SyncFailure;

/** A step of a sync failed in one of the four known ways; carries DEAR's status and message. */
public class SyncFailureException extends RuntimeException {

    private final transient SyncFailure failure;

    public SyncFailureException(SyncFailure failure) {
        super(failure.describe());
        this.failure = failure;
    }

    public SyncFailureException(SyncFailure failure, Throwable cause) {
        super(failure.describe(), cause);
        this.failure = failure;
    }

    public SyncFailure failure() {
        return failure;
    }
}
