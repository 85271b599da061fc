package io.dearbridge.write;

import io.dearbridge.domain.refusal.Refusal;
import jakarta.ejb.ApplicationException;

/**
 * A refused warehouse write as it leaves the EJB, whichever rule refused it: an application exception, so the
 * container rolls back (nothing changes) and hands it to the caller as is, instead of logging a system error. It
 * carries the domain's {@link Refusal.Reason}, and with it the HTTP status the API answers.
 */
@ApplicationException(rollback = true)
public class RecordRefused extends RuntimeException {

    private final Refusal.Reason reason;

    public RecordRefused(Refusal.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static RecordRefused of(Refusal refusal) {
        return new RecordRefused(refusal.reason(), refusal.getMessage());
    }

    public Refusal.Reason reason() {
        return reason;
    }

    public int status() {
        return reason.status();
    }
}
