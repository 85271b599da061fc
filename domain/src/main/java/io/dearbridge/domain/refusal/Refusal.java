package io.dearbridge.domain.refusal;

import java.util.Objects;

/**
 * A warehouse request the rules do not allow; nothing was changed. Each aggregate refuses with its own subclass
 * (an order's {@code FulfilmentRejected}, a return's {@code ReturnRejected}), all with the one {@link Reason}, so the
 * write path and the API answer every refusal alike and no layer maps one refusal onto another.
 */
public abstract class Refusal extends RuntimeException {

    /** Why, with the HTTP status the warehouse API answers it with. */
    public enum Reason {
        /** The caller's input. */
        INVALID(400),
        /** No such order, return, shipment ... */
        NOT_FOUND(404),
        /** The state of the order or return. */
        CONFLICT(409),
        /** An Idempotency-Key sent again with a different request. */
        KEY_REUSED(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    protected Refusal(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
