package io.dearbridge.domain.receiving;

import io.dearbridge.domain.refusal.Refusal;

/**
 * The warehouse reported an arrival or a supplier return the receipt or the request does not allow; nothing was
 * changed. {@link Reason#INVALID} is the caller's input (an unknown SKU, an over-receipt, more returned than
 * received), {@link Reason#CONFLICT} the receipt's state (cancelled or closed).
 */
public class ArrivalRejected extends Refusal {

    public ArrivalRejected(Reason reason, String message) {
        super(reason, message);
    }

    public static ArrivalRejected invalid(String message) {
        return new ArrivalRejected(Reason.INVALID, message);
    }

    public static ArrivalRejected conflict(String message) {
        return new ArrivalRejected(Reason.CONFLICT, message);
    }

    public static ArrivalRejected notFound(String message) {
        return new ArrivalRejected(Reason.NOT_FOUND, message);
    }
}
