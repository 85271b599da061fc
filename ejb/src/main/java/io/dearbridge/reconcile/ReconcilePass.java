package io.dearbridge.reconcile;

import io.dearbridge.account.DearAccount;
import io.dearbridge.cluster.JobLease;
import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.domain.order.StorableText;
import io.dearbridge.inbox.InboxBatchWriter;
import io.dearbridge.inbox.InboxWriteException;
import io.dearbridge.inbox.IncomingEvent;
import io.dearbridge.inbox.Receipt;
import io.dearbridge.sync.SyncFailureException;
import io.dearbridge.webhook.EventTypes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One reconciliation pass for one account: list what DEAR changed since the watermark minus the overlap (the first
 * pass looks back the horizon), queue an inbox event (source RECONCILER) for each sale that is new or changed, record
 * the old or finished sales DEAR listed again as history ({@link SeenSales}), and only then move the watermark to the
 * newest {@code Updated} seen. A pass that fails leaves the watermark where it
 * was, so the next one covers the same ground. DEAR is called outside any transaction, through the account's rate
 * governor (the DEAR client); the account's lease row keeps two nodes from running the same pass at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconcilePass {

    /** The inbox event type for a change reconciliation found; processed like any sale event. */
    public static final String EVENT_TYPE = EventTypes.RECONCILED_SALE;

    private static final Logger LOG = Logger.getLogger(ReconcilePass.class.getName());

    @Inject
    ReconcileSettings settings;

    @Inject
    JobLease lease;

    @Inject
    SaleListing listing;

    @Inject
    KnownSales known;

    @Inject
    Watermarks watermarks;

    @Inject
    InboxBatchWriter inbox;

    @Inject
    SeenSales seen;

    @Inject
    PurchaseReconcile purchases;

    /** A timer's pass: not when another runs for the account, nor when one ended less than {@code spacing} ago. */
    public ReconcileReport run(DearAccount account, Duration spacing) {
        String job = "reconcile:" + account.code();
        return lease.runOnce(job, settings.lease(), spacing, () -> pass(account))
                .orElseGet(() -> ReconcileReport.busy(account.code(), lease.holder(job).orElse("another node")));
    }

    /** On demand: a pass now, after waiting up to {@code patience} for one that is running to end. */
    public ReconcileReport runNow(DearAccount account, Duration patience) {
        String job = "reconcile:" + account.code();
        return lease.runOnce(job, settings.lease(), Duration.ZERO, patience, () -> pass(account))
                .orElseGet(() -> ReconcileReport.busy(account.code(), lease.holder(job).orElse("another node")));
    }

    private ReconcileReport pass(DearAccount account) {
        Instant watermark = watermarks.of(account.code()).orElse(null);
        Instant since = watermark == null ? Instant.now().minus(settings.horizon()) : watermark.minus(settings.overlap());
        try {
            List<ListedSale> rows = listing.changedSince(account, since);
            Map<String, KnownSale> stored = known.of(account.code(), rows.stream().map(ListedSale::saleId).toList());
            Instant horizonStart = Instant.now().minus(settings.horizon());
            SaleChanges.Sorted sorted = SaleChanges.sort(rows, stored, horizonStart);
            List<ListedSale> changed = sorted.queue();
            int alreadyQueued = queue(account, changed);
            if (!sorted.history().isEmpty()) {
                seen.record(account.code(), sorted.history(), horizonStart, Instant.now());
                LOG.info(() -> "Reconciliation of " + account.code() + ": " + sorted.history().size()
                        + " old or finished sale(s) DEAR listed again recorded as history, not imported");
            }
            // Not to the clock: a sale DEAR changes while this pass runs is newer than anything seen, so the next
            // pass still lists it. Without rows the watermark stays (the first pass keeps its horizon start).
            Instant next = SaleChanges.newest(rows).filter(n -> watermark == null || n.isAfter(watermark))
                    .orElse(watermark == null ? since : watermark);
            watermarks.advance(account.code(), next);
            String purchased = purchases(account);
            String history = sorted.history().isEmpty() ? ""
                    : sorted.history().size() + " old or finished sale(s) recorded as history, not imported";
            ReconcileReport report = new ReconcileReport(account.code(), "COMPLETED", since, rows.size(),
                    changed.size() - alreadyQueued, alreadyQueued, next,
                    history.isEmpty() ? purchased : purchased.isEmpty() ? history : history + "; " + purchased);
            if (changed.isEmpty()) {
                LOG.fine(() -> "Reconciled " + account.code() + ": " + report);
            } else {
                LOG.info(() -> "Reconciled " + account.code() + ": " + report + "; sales "
                        + changed.stream().map(ListedSale::orderNumber).toList());
            }
            return report;
        } catch (SyncFailureException e) {
            LOG.warning(() -> "Reconciliation of " + account.code() + " failed; the watermark stays at " + watermark
                    + ": " + e.failure().describe());
            return new ReconcileReport(account.code(), "FAILED", since, 0, 0, 0, watermark, e.failure().describe());
        }
    }

    /**
     * The purchases part, after the sales' watermark moved: its own cursor, so a failure here leaves the sales' pass
     * done and only the purchases' ground to cover again. Empty for an account that does not receive.
     */
    private String purchases(DearAccount account) {
        try {
            return purchases.pass(account).map(PurchaseReconcile.Result::toString).orElse("");
        } catch (SyncFailureException e) {
            LOG.warning(() -> "Reconciliation of " + account.code() + "'s purchases failed; their cursor stays: "
                    + e.failure().describe());
            return "purchases FAILED: " + e.failure().describe();
        }
    }

    /** Queues the events in one commit; answers how many the inbox recognised as already queued. */
    private int queue(DearAccount account, List<ListedSale> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        List<IncomingEvent> events = new ArrayList<>();
        for (ListedSale sale : changed) {
            // DEAR's order number is free text; the inbox keeps at most 256 characters of it (the event names the sale).
            String number = StorableText.fit(sale.orderNumber(), 256);
            // The row's Updated is in the body: two passes that find the same change queue identical content,
            // which the inbox stores once (its dedupe key); a later change is a new event.
            String payload = Json.createObjectBuilder()
                    .add("SaleID", sale.saleId())
                    .add("SaleOrderNumber", sale.orderNumber() == null ? "" : sale.orderNumber())
                    .add("Updated", String.valueOf(sale.updated()))
                    .add("Status", sale.status() == null ? "" : sale.status())
                    .build().toString();
            events.add(new IncomingEvent(EventKey.sale(account.code(), EVENT_TYPE, sale.saleId(), null, number),
                    payload, true));
        }
        List<Receipt> receipts;
        try {
            receipts = inbox.store(events, EventSource.RECONCILER);
        } catch (InboxWriteException raced) {
            // Another node's pass committed the same change first (unique dedupe key): one at a time, each then
            // finds the other's row. Anything else fails the pass, and the watermark stays.
            receipts = new ArrayList<>();
            for (IncomingEvent event : events) {
                receipts.addAll(inbox.store(List.of(event), EventSource.RECONCILER));
            }
        }
        return (int) receipts.stream().filter(r -> r.outcome() == Receipt.Outcome.DUPLICATE).count();
    }
}
