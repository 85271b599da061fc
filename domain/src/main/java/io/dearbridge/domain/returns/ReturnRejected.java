package io.dearbridge.domain.returns;

/**
 * The warehouse asked for a return the order or the request does not allow; nothing was changed.
 * {@link Reason#INVALID} is the caller's input (HTTP 400), {@link Reason#CONFLICT} the order's or return's
 * state (HTTP 409).
 */
public class ReturnRejected extends RuntimeException {

    public enum Reason { INVALID, CONFLICT, NOT_FOUND }

    private final Reason reason;

    public ReturnRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static ReturnRejected invalid(String message) {
        return new ReturnRejected(Reason.INVALID, message);
    }

    public static ReturnRejected conflict(String message) {
        return new ReturnRejected(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
