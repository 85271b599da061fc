package io.dearbridge.domain.order;

/**
 * The warehouse asked for something the order's state or the request itself does not allow; nothing
 * was changed. {@link Reason#INVALID} is the caller's input (HTTP 400), {@link Reason#CONFLICT} the
 * order's state (HTTP 409).
 */
public class FulfilmentRejected extends RuntimeException {

    /** KEY_REUSED: an Idempotency-Key sent again with a different request (HTTP 422). */
    public enum Reason { INVALID, CONFLICT, NOT_FOUND, KEY_REUSED }

    private final Reason reason;

    public FulfilmentRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public static FulfilmentRejected invalid(String message) {
        return new FulfilmentRejected(Reason.INVALID, message);
    }

    public static FulfilmentRejected conflict(String message) {
        return new FulfilmentRejected(Reason.CONFLICT, message);
    }

    public Reason reason() {
        return reason;
    }
}
