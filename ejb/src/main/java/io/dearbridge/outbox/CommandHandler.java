package io.dearbridge.outbox;

import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.sync.SyncFailure;
import java.util.Optional;
import java.util.Set;

/**
 * Sends some kinds of command to DEAR. The dispatcher calls {@link #holdReason} inside the claim
 * transaction, {@link #send} outside any transaction, and {@link #sent}/{@link #failed} inside the
 * transaction that records the outcome, so a handler's own bookkeeping commits with it.
 *
 * @param <D> what the handler learns from DEAR's answer and needs again in {@link #sent}
 */
public interface CommandHandler<D> {

    Set<CommandKind> kinds();

    /** A reason not to send now (the order was voided or undone in DEAR): the command is HELD. */
    Optional<String> holdReason(OutboxCommand command);

    /** Calls DEAR; never throws for DEAR's failures, returns them. */
    Outcome<D> send(ClaimedCommand command);

    void sent(ClaimedCommand command, Outcome.Sent<D> outcome);

    /** {@code finalFailure}: the command is FAILED now and waits for an operator. */
    void failed(ClaimedCommand command, SyncFailure failure, boolean finalFailure);

    /** The command was held instead of sent. */
    void held(OutboxCommand command, String reason);

    /** The command waits without a failed attempt ({@link Outcome.Waiting}); in the outcome's transaction. */
    default void waiting(ClaimedCommand command, Outcome.Waiting<D> outcome) {
    }
}
