package io.dearbridge.push;

import io.dearbridge.order.PushCommand;
import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.CommandHandler;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Sends pick, pack, ship, tracking and new-fulfilment commands to DEAR. On the happy path each command is
 * exactly one DEAR write. DEAR's writes are not idempotent and refuse a stage that is already authorised
 * (docs/dear-api.md §4.2, §7), so whenever the outcome of a write is unknown (timeout, 5xx, a lost node) or DEAR
 * rejects it with a 400, DEAR is re-read: if it already shows the intended state the command counts as
 * sent; otherwise a rejection is FAILED with DEAR's message, and an unknown outcome is tried again.
 */
@ApplicationScoped
public class FulfilmentPushHandler implements CommandHandler<PushAnswer> {

    @Inject
    DearFulfilmentGateway dear;

    @Inject
    AccountRegistry accounts;

    @Inject
    PushContexts contexts;

    @Inject
    PushBookkeeping bookkeeping;

    @Override
    public Set<CommandKind> kinds() {
        return PushCommand.KINDS;
    }

    @Override
    public Optional<String> holdReason(OutboxCommand command) {
        return bookkeeping.holdReason(PushCommand.parse(command.payload()));
    }

    @Override
    public Outcome<PushAnswer> send(ClaimedCommand claim) {
        PushCommand command = PushCommand.parse(claim.payload());
        Optional<DearAccount> account = accounts.find(claim.accountCode());
        if (account.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.CREDENTIALS, null,
                    "DEAR account " + claim.accountCode() + " is not configured"));
        }
        PushContext context = contexts.load(command, claim.kind());
        if (context.planned() && claim.kind() != CommandKind.ADD_FULFILMENT) {
            return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, "Fulfilment "
                    + context.fulfilmentNumber() + " has not been created in DEAR yet"));
        }
        Push push = Push.of(claim.kind(), dear, account.get(), context);
        if (claim.outcomeUnknown()) {
            try {
                Optional<PushAnswer> done = push.alreadyDone();
                if (done.isPresent()) {
                    return Outcome.confirmed(done.get().raw(), done.get());
                }
            } catch (DearCallException e) {
                return Outcome.failed(stillUnknown(e));
            }
        }
        try {
            PushAnswer answer = push.write();
            return Outcome.sent(answer.raw(), answer);
        } catch (DearCallException e) {
            if (e.kind() != FailureKind.PERMANENT) {
                return Outcome.failed(e.toFailure());
            }
            try {
                // "Already authorised" and precondition rejections: DEAR may already show what we wanted.
                Optional<PushAnswer> done = push.alreadyDone();
                return done.isPresent() ? Outcome.confirmed(done.get().raw(), done.get())
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
    public void sent(ClaimedCommand claim, Outcome.Sent<PushAnswer> outcome) {
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

    /** The stage a command writes; adding a fulfilment writes none. */
    static Optional<Stage> stageOf(CommandKind kind) {
        return switch (kind) {
            case PICK -> Optional.of(Stage.PICK);
            case PACK -> Optional.of(Stage.PACK);
            case SHIP -> Optional.of(Stage.SHIP);
            case TRACKING -> Optional.of(Stage.TRACKING);
            case ADD_FULFILMENT, CREDIT_NOTE, RESTOCK, STOCK_RECEIVED, PURCHASE_CREDIT_NOTE -> Optional.empty();
        };
    }
}
