package io.dearbridge.domain.sync;

/** A sync record was asked to move to a state its life cycle does not allow. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String record, Object from, String action) {
        super("Cannot " + action + " " + record + " in state " + from);
    }
}
