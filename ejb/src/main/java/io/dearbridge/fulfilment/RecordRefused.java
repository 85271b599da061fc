package io.dearbridge.fulfilment;

import io.dearbridge.domain.order.FulfilmentRejected;
import jakarta.ejb.ApplicationException;

/**
 * The domain's {@link FulfilmentRejected} as it leaves the EJB: an application exception, so the container
 * rolls back (nothing changes) and hands it to the caller as is, instead of logging a system error.
 */
@ApplicationException(rollback = true)
public class RecordRefused extends RuntimeException {

    private final FulfilmentRejected.Reason reason;

    public RecordRefused(FulfilmentRejected.Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static RecordRefused of(FulfilmentRejected rejected) {
        return new RecordRefused(rejected.reason(), rejected.getMessage());
    }

    public FulfilmentRejected.Reason reason() {
        return reason;
    }
}
