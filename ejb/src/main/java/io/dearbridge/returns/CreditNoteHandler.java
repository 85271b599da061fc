package io.dearbridge.returns;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.domain.order.LocationMap;
import io.dearbridge.domain.order.PickedBatches;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.ReturnStatus;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.outbox.ClaimedCommand;
import io.dearbridge.outbox.CommandHandler;
import io.dearbridge.outbox.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a return's credit note (or its missing restock) to DEAR, exactly once. DEAR's credit note POST with the
 * all-zero TaskID creates a new note on every call (docs/dear-api.md §6.1, §7), so every attempt first reads the sale
 * (it needs the invoice and prices anyway) and looks for the note that carries the return's reference in its
 * Memo: after a timeout, a 5xx or a lost lease that note may exist, and then the command counts as sent. Only
 * when DEAR shows no such note is one created, and only if DEAR would take it ({@link #parked}): else the return
 * waits for the invoice or for an operator, and no write is sent. DEAR's refusals (400) are FAILED with DEAR's
 * message for an operator.
 */
@ApplicationScoped
public class CreditNoteHandler implements CommandHandler<CreditNoteAnswer> {

    @Inject
    DearReturnsGateway dear;

    @Inject
    AccountRegistry accounts;

    @Inject
    ReturnBookkeeping bookkeeping;

    @Inject
    RestockPlaces places;

    @Override
    public Set<CommandKind> kinds() {
        return CreditNoteCommand.KINDS;
    }

    @Override
    public Optional<String> holdReason(OutboxCommand command) {
        return bookkeeping.holdReason(CreditNoteCommand.parse(command.payload()));
    }

    @Override
    public Outcome<CreditNoteAnswer> send(ClaimedCommand claim) {
        Optional<CreditJob> found = bookkeeping.job(CreditNoteCommand.parse(claim.payload()).returnId());
        if (found.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, "The return no longer exists"));
        }
        CreditJob job = found.get();
        Optional<DearAccount> account = accounts.find(claim.accountCode());
        if (account.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.CREDENTIALS, null,
                    "DEAR account " + claim.accountCode() + " is not configured"));
        }
        DearReturnsGateway.SaleForCredit sale;
        try {
            sale = dear.read(account.get(), job.saleId());
        } catch (DearCallException e) {
            return Outcome.failed(claim.outcomeUnknown() ? stillUnknown(e) : e.toFailure());
        }
        return claim.kind() == CommandKind.RESTOCK
                ? restock(claim, account.get(), sale, job) : creditNote(account.get(), sale, job);
    }

    private Outcome<CreditNoteAnswer> creditNote(DearAccount account, DearReturnsGateway.SaleForCredit sale, CreditJob job) {
        Optional<SaleSnapshot.CreditNote> own = sale.creditNotes().stream()
                .filter(n -> n.carries(job.reference())).findFirst();
        if (own.isPresent()) {
            SaleSnapshot.CreditNote note = own.get();
            return Outcome.confirmed("DEAR already shows credit note " + note.number() + " (TaskID " + note.taskId()
                    + ") carrying " + job.reference(), new CreditNoteAnswer(note.taskId(), note.number(),
                    note.status(), null));
        }
        Optional<ReturnStatus> parked = parked(sale);
        if (parked.isPresent()) {
            return Outcome.confirmed(parked.get().explanation(), CreditNoteAnswer.parked(parked.get(),
                    sale.lastModifiedOn()));
        }
        List<RestockItem> restock;
        try {
            restock = restockItems(job, sale, job.received().stream().filter(ReceivedLine::restocked).toList(), null);
        } catch (UnknownPlace e) {
            return Outcome.failed(e.failure());
        }
        try {
            CreditNoteAnswer answer = dear.create(account, sale, job.reference(), job.received(), restock);
            return Outcome.sent(answer.raw(), answer);
        } catch (DearCallException e) {
            return Outcome.failed(e.toFailure());
        }
    }

    /**
     * A write DEAR must refuse is never sent: without an AUTHORISED or PAID invoice (docs/dear-api.md §6.1) the
     * return waits for it; a Simple Sale that already has a live note takes no second one (§3.4).
     */
    static Optional<ReturnStatus> parked(DearReturnsGateway.SaleForCredit sale) {
        if (!sale.invoiced()) {
            return Optional.of(ReturnStatus.WAITING_INVOICE);
        }
        boolean hasNote = sale.creditNotes().stream().anyMatch(n -> !n.voided());
        return !sale.advanced() && hasNote ? Optional.of(ReturnStatus.CREDIT_IN_DEAR) : Optional.empty();
    }

    /**
     * Restock an AUTHORISED note lacks. DEAR takes credit-note writes only while the note is DRAFT (docs/dear-api.md
     * §6.1), so the goods go back by one COMPLETED stock adjustment (§6.5) carrying {@link #adjustmentReference}.
     * A stock adjustment POST is not idempotent: after an unknown outcome (timeout, 5xx, lost lease) DEAR's list is
     * searched for that reference first, and a found one counts as sent.
     */
    private Outcome<CreditNoteAnswer> restock(ClaimedCommand claim, DearAccount account,
                                              DearReturnsGateway.SaleForCredit sale, CreditJob job) {
        Optional<SaleSnapshot.CreditNote> found = sale.creditNotes().stream()
                .filter(n -> n.taskId() != null && n.taskId().equalsIgnoreCase(job.creditNoteTaskId())).findFirst();
        if (found.isEmpty()) {
            return Outcome.failed(new SyncFailure(FailureKind.PERMANENT, null, "DEAR no longer shows credit note "
                    + job.creditNoteTaskId() + " on sale " + job.saleId()));
        }
        SaleSnapshot.CreditNote note = found.get();
        if (covers(note, job.restockShortfall(), job.received())) {
            return Outcome.confirmed("DEAR's credit note " + note.number() + " already restocks what was received",
                    new CreditNoteAnswer(note.taskId(), note.number(), note.status(), null));
        }
        String reference = adjustmentReference(job);
        if (claim.outcomeUnknown()) {
            try {
                Optional<DearReturnsGateway.Adjustment> booked = dear.findAdjustment(account, reference);
                if (booked.isPresent()) {
                    DearReturnsGateway.Adjustment a = booked.get();
                    return Outcome.confirmed("DEAR already shows stock adjustment " + a.number() + " (TaskID "
                            + a.taskId() + ") carrying " + reference, new CreditNoteAnswer(note.taskId(),
                            note.number(), note.status(), a.raw(), a.number()));
                }
            } catch (DearCallException e) {
                return Outcome.failed(stillUnknown(e));
            }
        }
        List<RestockItem> items;
        try {
            items = restockItems(job, sale, job.received().stream().filter(ReceivedLine::restocked).toList(),
                    job.restockShortfall());
        } catch (UnknownPlace e) {
            return Outcome.failed(e.failure());
        }
        try {
            DearReturnsGateway.Adjustment a = dear.adjustStock(account, sale, reference, note.number(), items);
            return Outcome.sent(a.raw(), new CreditNoteAnswer(note.taskId(), note.number(), note.status(), a.raw(),
                    a.number()));
        } catch (DearCallException e) {
            return Outcome.failed(e.toFailure());
        }
    }

    /**
     * The stock adjustment's Reference for a return: unique per DEAR account and stable across attempts (the
     * return's id, and DEAR's note TaskID so that a fresh database never matches an older install's adjustment).
     */
    static String adjustmentReference(CreditJob job) {
        String task = job.creditNoteTaskId() == null ? "" : job.creditNoteTaskId().replace("-", "");
        return "RS-" + job.returnId() + "-" + task.substring(0, Math.min(8, task.length()));
    }

    /**
     * What goes back into DEAR's stock: each restocked line (at most {@code shortfall} of its SKU when given) at its
     * DEAR place through the account's location-map, split over the batches the SKU was picked from.
     */
    private List<RestockItem> restockItems(CreditJob job, DearReturnsGateway.SaleForCredit sale,
                                           List<ReceivedLine> restocked, Map<String, BigDecimal> shortfall) {
        Map<String, BigDecimal> left = shortfall == null ? null : new java.util.HashMap<>();
        if (shortfall != null) {
            shortfall.forEach((sku, q) -> left.put(sku.toUpperCase(java.util.Locale.ROOT), q));
        }
        List<RestockItem> items = new java.util.ArrayList<>();
        PickedBatches batches = job.picked().orElse(sale.pickedBatches());
        for (ReceivedLine l : restocked) {
            BigDecimal qty = l.quantity();
            if (left != null) {
                BigDecimal open = left.getOrDefault(l.sku().toUpperCase(java.util.Locale.ROOT), BigDecimal.ZERO);
                qty = qty.min(open);
                left.put(l.sku().toUpperCase(java.util.Locale.ROOT), open.subtract(qty));
            }
            if (qty.signum() <= 0) {
                continue;
            }
            LocationMap.DearPlace place = places.place(job.accountCode(), l.location(), sale.location())
                    .orElseThrow(() -> new UnknownPlace(l.location(), job.accountCode()));
            Optional<DearReturnsGateway.Product> product = sale.product(l.sku());
            for (PickedBatches.Batch b : batches.split(l.sku(), qty)) {
                items.add(new RestockItem(l.productId() != null ? l.productId()
                        : product.map(DearReturnsGateway.Product::productId).orElse(null), l.sku(),
                        l.name() != null ? l.name() : product.map(DearReturnsGateway.Product::name).orElse(null),
                        b.quantity(), place, b.batch(), b.expiry()));
            }
        }
        return items;
    }

    /** A restock location the account's map no longer knows (it changed after the warehouse recorded the line). */
    private static final class UnknownPlace extends RuntimeException {

        UnknownPlace(String location, String account) {
            super("Restock location '" + location + "' is not in account " + account + "'s location-map; fix the map"
                    + " or restock in DEAR, then dismiss this command");
        }

        SyncFailure failure() {
            return new SyncFailure(FailureKind.PERMANENT, null, getMessage());
        }
    }

    /** Whether DEAR's note restocks at least what the warehouse put back, SKU by SKU. */
    static boolean covers(SaleSnapshot.CreditNote note, Map<String, BigDecimal> shortfall, List<ReceivedLine> received) {
        for (String sku : shortfall.keySet()) {
            BigDecimal back = received.stream().filter(l -> l.restocked() && l.sku().equalsIgnoreCase(sku))
                    .map(ReceivedLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal inDear = note.restock().stream().filter(l -> l.sku() != null && l.sku().equalsIgnoreCase(sku))
                    .map(SaleSnapshot.RestockLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (inDear.compareTo(back) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Reading failed after an attempt of unknown outcome: keep it unknown, so the next attempt reads first too. */
    private static SyncFailure stillUnknown(DearCallException e) {
        FailureKind kind = e.kind() == FailureKind.CREDENTIALS ? FailureKind.CREDENTIALS : FailureKind.TRANSIENT;
        return new SyncFailure(kind, e.httpStatus(), "DEAR could not be re-read to settle an earlier attempt: "
                + e.dearMessage());
    }

    @Override
    public void sent(ClaimedCommand claim, Outcome.Sent<CreditNoteAnswer> outcome) {
        bookkeeping.sent(claim, CreditNoteCommand.parse(claim.payload()), outcome);
    }

    @Override
    public void failed(ClaimedCommand claim, SyncFailure failure, boolean finalFailure) {
        if (finalFailure) {
            bookkeeping.failed(claim, CreditNoteCommand.parse(claim.payload()), failure);
        }
    }

    @Override
    public void held(OutboxCommand command, String reason) {
        bookkeeping.held(CreditNoteCommand.parse(command.payload()), reason);
    }
}
