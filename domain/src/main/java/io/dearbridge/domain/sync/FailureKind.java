package io.dearbridge.domain.sync;

/** The four ways a DEAR call fails, each with its own remedy. */
public enum FailureKind {
    /** 503/429: wait for the rate window, then try again. */
    THROTTLED(true),
    /** 5xx, timeouts, connection errors, a burst 403 with good credentials: back off and try again. */
    TRANSIENT(true),
    /** 400 precondition or validation, 404: trying again changes nothing. */
    PERMANENT(false),
    /** A 403 that persists: an operator must fix the keys. */
    CREDENTIALS(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
