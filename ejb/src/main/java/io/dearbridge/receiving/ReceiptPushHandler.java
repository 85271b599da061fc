package io.dearbridge.receiving;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.receiving.ArrivalDearLine;
import io.dearbridge.domain.receiving.ArrivalDearTask;
import io.dearbridge.domain.receiving.ArrivalPlacement;
import io.dearbridge.domain.receiving.ArrivalPlan;
import io.dearbridge.domain.receiving.SupplierReturnDearView;
import io.dearbridge.domain.receiving.SupplierReturnPlan;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.CommandHandler;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends a receipt's arrivals (stock received, and on an Advanced purchase the put-away) and supplier returns
 * (purchase credit notes) to DEAR, each exactly once. None of these DEAR writes is idempotent (PURCHASES.md §7), so
 * every attempt first reads the purchase (its type may have changed, §1.1) and plans from what DEAR shows
 * ({@link ArrivalPlan}, {@link SupplierReturnPlan}): after a timeout, a 5xx or a lost lease, what DEAR already holds is
 * never written again. A write DEAR would refuse for want of an authorised invoice is not sent: the command waits
 * ({@link WaitReason#DEAR_INVOICE}), visibly and not failed, and is looked at again when woken
 * ({@link ReceiptPushWake}) or after {@code dearbridge.receiving.invoice-recheck}. What DEAR cannot take without an
 * operator (a second delivery on a Simple purchase, which the bridge never converts) fails with the reason, for
 * replay or dismissal. Several calls per push are fine under DEAR's rate: once the read went out, the later calls wait
 * for their tokens instead of deferring ({@code dear.rate.DearWork}).
 */
@ApplicationScoped
public class ReceiptPushHandler implements CommandHandler<ReceiptPushAnswer> {

    @Inject
    ReceiptPushGateway dear;

    @Inject
    AccountRegistry accounts;

    @Inject
    ReceiptPushBookkeeping bookkeeping;

    @Inject
    ReceiptPushSettings settings;

    @Override
    public Set<CommandKind> kinds() {
        return ReceiptPushCommand.KINDS;
    }

    @Override
    public Optional<String> holdReason(OutboxCommand command) {
        return bookkeeping.holdReason(command);
    }

    @Override
    public Outcome<ReceiptPushAnswer> send(ClaimedCommand claim) {
        Optional<ReceiptPushJob> found = bookkeeping.job(claim.kind(), ReceiptPushCommand.parse(claim.payload()));
        if (found.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, "The receipt or its "
                    + (claim.kind() == CommandKind.STOCK_RECEIVED ? "arrival" : "supplier return") + " no longer exists"));
        }
        ReceiptPushJob job = found.get();
        Optional<DearAccount> account = accounts.find(claim.accountCode());
        if (account.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.CREDENTIALS, null,
                    "DEAR account " + claim.accountCode() + " is not configured"));
        }
        ReceiptPushGateway.Purchase purchase;
        try {
            purchase = dear.read(account.get(), job.purchaseId(), job.advancedFirst());
        } catch (DearCallException e) {
            return Outcome.failed(claim.outcomeUnknown() ? stillUnknown(e) : e.toFailure());
        }
        try {
            return job instanceof ReceiptPushJob.Arrival a ? arrival(account.get(), purchase, a)
                    : supplierReturn(account.get(), purchase, (ReceiptPushJob.SupplierReturn) job);
        } catch (DearCallException e) {
            return Outcome.failed(e.toFailure());
        }
    }

    private Outcome<ReceiptPushAnswer> arrival(DearAccount account, ReceiptPushGateway.Purchase purchase,
                                               ReceiptPushJob.Arrival job) {
        ArrivalPlan plan = ArrivalPlan.of(purchase.forArrival(), job.lines(), job.ownTask(), job.otherTasks());
        switch (plan.step()) {
            case DONE:
                return Outcome.confirmed("DEAR already shows arrival " + job.reference() + " on task " + plan.taskId(),
                        answer(plan.taskId(), job.lines(), cardsOf(purchase.forArrival(), plan), "in DEAR (found on re-read)"));
            case WAIT_INVOICE:
                return Outcome.waiting(WaitReason.DEAR_INVOICE, settings.invoiceRecheck(), plan.why(),
                        ReceiptPushAnswer.waiting(plan.why()));
            case BLOCKED:
                return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, plan.why()));
            default:
                break;
        }
        String purchaseId = job.purchaseId();
        if (!plan.advanced()) {
            for (List<ArrivalPlacement> place : plan.stockPosts()) {
                dear.postSimpleStock(account, purchaseId, place, job.received());
            }
            ArrivalDearTask doc = dear.authoriseSimpleStock(account, purchaseId);
            return Outcome.sent("stock received AUTHORISED on Simple purchase " + purchaseId + " ("
                    + doc.lines().size() + " lines)", answer(doc.taskId(), job.lines(), doc.lines(),
                    "stock received AUTHORISED in DEAR"));
        }
        String taskId = plan.taskId();
        if (!plan.stockPosts().isEmpty() || plan.authorise()) {
            Set<String> before = purchase.forArrival().stockReceived().stream().map(ArrivalDearTask::taskId)
                    .collect(Collectors.toSet());
            List<ArrivalDearTask> after = dear.postAdvancedStock(account, purchaseId, taskId,
                    plan.stockPosts().isEmpty() ? List.of() : plan.stockPosts().get(0), job.received());
            if (taskId == null) {
                List<ArrivalDearTask> fresh = after.stream().filter(t -> !before.contains(t.taskId())).toList();
                if (fresh.size() != 1) {
                    // The stock is in DEAR; the next attempt reads the purchase and finds the task by its lines.
                    return Outcome.failed(new SyncFailure(FailureKind.TRANSIENT, 200, "DEAR's answer did not name"
                            + " the new receiving task; the purchase is read again before anything else is sent"));
                }
                taskId = fresh.get(0).taskId();
            }
        }
        List<ArrivalDearLine> placed = List.of();
        if (!plan.putAway().isEmpty()) {
            String task = taskId;
            placed = dear.putAway(account, purchaseId, taskId, plan.putAway(), job.received()).stream()
                    .filter(t -> t.sameTask(task)).flatMap(t -> t.lines().stream()).toList();
        }
        return Outcome.sent("stock received and put away on receiving task " + taskId + " of Advanced purchase "
                + purchaseId, answer(taskId, job.lines(), placed, "received and put away in DEAR (task " + taskId + ")"));
    }

    private Outcome<ReceiptPushAnswer> supplierReturn(DearAccount account, ReceiptPushGateway.Purchase purchase,
                                                      ReceiptPushJob.SupplierReturn job) {
        SupplierReturnDearView view = purchase.forReturn();
        SupplierReturnPlan plan = SupplierReturnPlan.of(view, job.number(), job.lines());
        switch (plan.step()) {
            case DONE:
                return Outcome.confirmed("DEAR already shows credit note " + job.number(),
                        creditAnswer(plan.found(), "credit note " + job.number() + " in DEAR (found on re-read)"));
            case WAIT_INVOICE:
                return Outcome.waiting(WaitReason.DEAR_INVOICE, settings.invoiceRecheck(), plan.why(),
                        ReceiptPushAnswer.waiting(plan.why()));
            case BLOCKED:
                return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, plan.why()));
            default:
                break;
        }
        SupplierReturnDearView.Note note = dear.creditNote(account, purchase, job.number(), job.lines(), plan.unstock(),
                job.requested());
        return Outcome.sent("purchase credit note " + note.number() + " " + note.status() + " in DEAR",
                creditAnswer(note, "credit note " + note.number() + " " + note.status() + " in DEAR"));
    }

    private static ReceiptPushAnswer creditAnswer(SupplierReturnDearView.Note note, String how) {
        return new ReceiptPushAnswer(note.taskId(), note.unstock().stream()
                .map(SupplierReturnDearView.Unstock::cardId).toList(), note.number(), note.status(), how);
    }

    /** The lines DEAR shows for the arrival once done: its task's (Simple: stock received; Advanced: put-away). */
    private static List<ArrivalDearLine> cardsOf(io.dearbridge.domain.receiving.ArrivalDearView view, ArrivalPlan plan) {
        List<ArrivalDearTask> tasks = plan.advanced() ? view.putAway() : view.stockReceived();
        return tasks.stream().filter(t -> t.sameTask(plan.taskId())).flatMap(t -> t.lines().stream()).toList();
    }

    /** Each arrival line's CardID: the first unclaimed DEAR line of the same SKU, quantity, batch and place. */
    static ReceiptPushAnswer answer(String taskId, List<ArrivalPlacement> lines, List<ArrivalDearLine> inDear,
                                    String how) {
        List<ArrivalDearLine> left = new ArrayList<>(inDear);
        List<String> cards = new ArrayList<>();
        for (ArrivalPlacement l : lines) {
            Optional<ArrivalDearLine> match = left.stream().filter(d -> d.sku() != null
                    && d.sku().equalsIgnoreCase(l.sku()) && d.quantity() != null
                    && d.quantity().compareTo(l.quantity()) == 0
                    && norm(d.batch()).equals(norm(l.batch()))
                    && (l.placeId() != null && d.locationId() != null ? l.placeId().equalsIgnoreCase(d.locationId())
                    : norm(d.location()).equals(norm(l.placeName())))).findFirst();
            match.ifPresent(left::remove);
            cards.add(match.map(ArrivalDearLine::cardId).orElse(null));
        }
        return new ReceiptPushAnswer(taskId, cards, null, null, how);
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Reading failed after an attempt of unknown outcome: keep it unknown, so the next attempt reads first too. */
    private static SyncFailure stillUnknown(DearCallException e) {
        FailureKind kind = e.kind() == FailureKind.CREDENTIALS ? FailureKind.CREDENTIALS : FailureKind.TRANSIENT;
        return new SyncFailure(kind, e.httpStatus(), "DEAR could not be re-read to settle an earlier attempt: "
                + e.dearMessage());
    }

    @Override
    public void sent(ClaimedCommand claim, Outcome.Sent<ReceiptPushAnswer> outcome) {
        if (claim.kind() == CommandKind.STOCK_RECEIVED) {
            bookkeeping.arrivalSent(claim, outcome.detail());
        } else {
            bookkeeping.returnSent(claim, outcome.detail());
        }
    }

    @Override
    public void waiting(ClaimedCommand claim, Outcome.Waiting<ReceiptPushAnswer> outcome) {
        bookkeeping.waiting(claim, outcome.note());
    }

    @Override
    public void failed(ClaimedCommand claim, SyncFailure failure, boolean finalFailure) {
        if (finalFailure) {
            bookkeeping.failed(claim, failure);
        }
    }

    @Override
    public void held(OutboxCommand command, String reason) {
        bookkeeping.held(command, reason);
    }
}
