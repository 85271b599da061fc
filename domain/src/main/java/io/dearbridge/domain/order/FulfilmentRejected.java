package io.dearbridge.domain.order;

import io.dearbridge.domain.refusal.Refusal;

/**
 * The warehouse asked for something the order's state or the request itself does not allow; nothing
 * was changed. {@link Reason#INVALID} is the caller's input, {@link Reason#CONFLICT} the order's state.
 */
public class FulfilmentRejected extends Refusal {

    public FulfilmentRejected(Reason reason, String message) {
        super(reason, message);
    }

    public static FulfilmentRejected invalid(String message) {
        return new FulfilmentRejected(Reason.INVALID, message);
    }

    public static FulfilmentRejected conflict(String message) {
        return new FulfilmentRejected(Reason.CONFLICT, message);
    }
}
