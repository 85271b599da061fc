package io.dearbridge.domain.returns;

import io.dearbridge.domain.refusal.Refusal;

/**
 * The warehouse asked for a return the order or the request does not allow; nothing was changed.
 * {@link Reason#INVALID} is the caller's input, {@link Reason#CONFLICT} the order's or return's state.
 */
public class ReturnRejected extends Refusal {

    public ReturnRejected(Reason reason, String message) {
        super(reason, message);
    }

    public static ReturnRejected invalid(String message) {
        return new ReturnRejected(Reason.INVALID, message);
    }

    public static ReturnRejected conflict(String message) {
        return new ReturnRejected(Reason.CONFLICT, message);
    }
}
