package io.dearbridge.dear;

import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;

/**
 * A DEAR call that did not give a usable answer, classified into one of the four {@link FailureKind}s with
 * DEAR's HTTP status (null when no response came back) and DEAR's own message. Messages carry no secrets:
 * they are built from DEAR's error text and the account code only.
 */
public class DearCallException extends RuntimeException {

    private final FailureKind kind;
    private final Integer httpStatus;
    private final String dearMessage;
    private final boolean outcomeUnknown;

    public DearCallException(FailureKind kind, Integer httpStatus, String dearMessage, boolean outcomeUnknown,
                             Throwable cause) {
        super(kind + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")") + ": " + dearMessage, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.dearMessage = dearMessage == null ? "" : dearMessage;
        this.outcomeUnknown = outcomeUnknown;
    }

    public FailureKind kind() {
        return kind;
    }

    /** DEAR's HTTP status, or null for timeouts, connection errors and the bridge's own rate-governor refusals. */
    public Integer httpStatus() {
        return httpStatus;
    }

    public String dearMessage() {
        return dearMessage;
    }

    /**
     * True when a write may or may not have been applied by DEAR (timeout, connection lost, 5xx): DEAR writes
     * are not idempotent, so the caller must re-read DEAR before sending it again (docs/dear-api.md §7).
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    public SyncFailure toFailure() {
        return new SyncFailure(kind, httpStatus, dearMessage);
    }
}
