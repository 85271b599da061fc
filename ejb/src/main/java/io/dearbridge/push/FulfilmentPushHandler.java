package io.dearbridge.push;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.CommandHandler;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Sends pick, pack, ship, tracking and new-fulfilment commands to DEAR. On the happy path each command is
 * exactly one DEAR write. DEAR's writes are not idempotent and refuse a stage that is already authorised
 * (REFERENCE §4.2, §7), so whenever the outcome of a write is unknown (timeout, 5xx, a lost node) or DEAR
 * rejects it with a 400, DEAR is re-read: if it already shows the intended state the command counts as
 * sent; otherwise a rejection is FAILED with DEAR's message, and an unknown outcome is tried again.
 */
@ApplicationScoped
public class FulfilmentPushHandler implements CommandHandler {

    @Inject
    DearFulfilmentGateway dear;

    @Inject
    AccountRegistry accounts;

    @Inject
    PushContexts contexts;

    @Inject
    PushBookkeeping bookkeeping;

    @Override
    public boolean handles(String commandType) {
        return PushCommand.TYPES.contains(commandType);
    }

    @Override
    public Optional<String> holdReason(OutboxCommand command) {
        return bookkeeping.holdReason(PushCommand.parse(command.payload()));
    }

    @Override
    public Outcome send(ClaimedCommand claim) {
        PushCommand command = PushCommand.parse(claim.payload());
        Optional<DearAccount> account = accounts.find(claim.accountCode());
        if (account.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.CREDENTIALS, null,
                    "DEAR account " + claim.accountCode() + " is not configured"));
        }
        PushContext context = contexts.load(command, claim.commandType());
        if (context.planned() && !PushCommand.ADD_FULFILMENT.equals(claim.commandType())) {
            return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, "Fulfilment "
                    + context.fulfilmentNumber() + " has not been created in DEAR yet"));
        }
        Push push = Push.of(claim.commandType(), dear, account.get(), context);
        if (claim.outcomeUnknown()) {
            try {
                Optional<Object> done = push.alreadyDone();
                if (done.isPresent()) {
                    return Outcome.confirmed(push.raw(done.get()), done.get());
                }
            } catch (DearCallException e) {
                return Outcome.failed(stillUnknown(e));
            }
        }
        try {
            Object answer = push.write();
            return Outcome.sent(push.raw(answer), answer);
        } catch (DearCallException e) {
            if (e.kind() != FailureKind.PERMANENT) {
                return Outcome.failed(e.toFailure());
            }
            try {
                // "Already authorised" and precondition rejections: DEAR may already show what we wanted.
                Optional<Object> done = push.alreadyDone();
                return done.isPresent() ? Outcome.confirmed(push.raw(done.get()), done.get())
                        : Outcome.failed(e.toFailure());
            } catch (DearCallException reread) {
                return Outcome.failed(stillUnknown(reread));
            }
        }
    }

    /** Re-reading failed: keep the command marked as of unknown outcome so the next attempt re-reads too. */
    private static SyncFailure stillUnknown(DearCallException e) {
        FailureKind kind = e.kind() == FailureKind.CREDENTIALS ? FailureKind.CREDENTIALS : FailureKind.TRANSIENT;
        return new SyncFailure(kind, e.httpStatus(), "DEAR could not be re-read to settle an earlier attempt: "
                + e.dearMessage());
    }

    @Override
    public void sent(ClaimedCommand claim, Outcome.Sent outcome) {
        bookkeeping.sent(claim, PushCommand.parse(claim.payload()), outcome);
    }

    @Override
    public void failed(ClaimedCommand claim, SyncFailure failure, boolean finalFailure) {
        if (finalFailure) {
            bookkeeping.failed(claim, PushCommand.parse(claim.payload()), failure);
        }
    }

    @Override
    public void held(OutboxCommand command, String reason) {
        bookkeeping.held(command, PushCommand.parse(command.payload()), reason);
    }

    /** Stage label of a command type, for messages. */
    static Stage stageOf(String commandType) {
        return switch (commandType) {
            case PushCommand.PICK -> Stage.PICK;
            case PushCommand.PACK -> Stage.PACK;
            case PushCommand.SHIP -> Stage.SHIP;
            case PushCommand.TRACKING -> Stage.TRACKING;
            default -> null;
        };
    }
}
