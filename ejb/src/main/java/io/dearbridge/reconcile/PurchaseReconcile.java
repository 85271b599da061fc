package io.dearbridge.reconcile;

import io.dearbridge.account.DearAccount;
import io.dearbridge.account.ReceivingAccounts;
import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.domain.order.StorableText;
import io.dearbridge.inbox.InboxBatchWriter;
import io.dearbridge.inbox.InboxWriteException;
import io.dearbridge.inbox.IncomingEvent;
import io.dearbridge.inbox.Receipt;
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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The purchases part of a reconciliation pass (docs/receiving.md; docs/dear-api.md, purchases: the {@code UpdatedSince}
 * pitfall). The first pass, and one every {@code dearbridge.reconcile.purchase-sweep}, lists the open purchases one
 * status per call ({@link PurchaseChanges#OPEN_STATUSES}: completed ones drop out, so the cost does not grow with
 * history); every pass lists {@code UpdatedSince} the cursor minus the overlap (the first: the horizon), all pages. Each row is compared with
 * what is stored ({@link PurchaseChanges}) before anything is read: an inbox event (source RECONCILER, one GET later)
 * only for what changed, history recorded once. The cursor (LastUpdatedDate, ID) moves only after all that; a pass
 * that fails leaves it, so the next covers the same ground. Since {@code UpdatedSince} is strictly after, the overlap
 * (at least a millisecond) lists again every row tied with the cursor; the comparison makes those cost nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurchaseReconcile {

    private static final Logger LOG = Logger.getLogger(PurchaseReconcile.class.getName());

    /** What the purchases part of a pass did. */
    public record Result(int listed, int queued, int alreadyQueued, int history, boolean swept,
                         PurchaseChanges.Cursor cursor) {
        @Override
        public String toString() {
            return "purchases: listed " + listed + (swept ? " (open ones swept)" : "") + ", queued " + queued
                    + (alreadyQueued > 0 ? " (" + alreadyQueued + " already queued)" : "")
                    + (history > 0 ? ", " + history + " recorded as history" : "")
                    + ", cursor " + (cursor == null ? null : cursor.updated() + "|" + cursor.id());
        }
    }

    @Inject
    ReconcileSettings settings;

    @Inject
    ReceivingAccounts receiving;

    @Inject
    PurchaseListing listing;

    @Inject
    KnownPurchases known;

    @Inject
    PurchaseWatermarks watermarks;

    @Inject
    SeenPurchases seen;

    @Inject
    InboxBatchWriter inbox;

    /** Empty for an account that does not receive; failures leave as {@link io.dearbridge.sync.SyncFailureException}. */
    public Optional<Result> pass(DearAccount account) {
        if (!receiving.receives(account.code())) {
            return Optional.empty();
        }
        Instant started = Instant.now();
        Optional<PurchaseWatermarks.Mark> mark = watermarks.of(account.code());
        Duration overlap = settings.overlap().compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1)
                : settings.overlap();
        boolean sweep = mark.isEmpty() || mark.get().sweptAt() == null
                || !mark.get().sweptAt().plus(settings.purchaseSweep()).isAfter(started);
        List<ListedPurchase> rows = new ArrayList<>();
        if (sweep) {
            for (String status : PurchaseChanges.OPEN_STATUSES) {
                rows.addAll(listing.withStatus(account, status));
            }
        }
        // The first pass looks back the horizon too: a receipt whose purchase was voided before it is found.
        rows.addAll(listing.changedSince(account, mark.map(m -> m.cursor().updated().minus(overlap))
                .orElse(started.minus(settings.horizon()))));
        Map<String, KnownPurchase> stored = known.of(account.code(), rows.stream().map(ListedPurchase::id).toList());
        PurchaseChanges.Sorted sorted = PurchaseChanges.sort(rows, stored);
        int alreadyQueued = queue(account, sorted.queue());
        if (!sorted.history().isEmpty()) {
            seen.record(account.code(), sorted.history(), Instant.now());
        }
        // The first pass starts the cursor at its own start (minus the overlap): what changes later is newer.
        PurchaseChanges.Cursor next = mark.map(PurchaseWatermarks.Mark::cursor)
                .orElse(new PurchaseChanges.Cursor(started.minus(overlap), ""));
        Optional<PurchaseChanges.Cursor> furthest = PurchaseChanges.furthest(rows);
        if (furthest.isPresent() && furthest.get().compareTo(next) > 0) {
            next = furthest.get();
        }
        watermarks.advance(account.code(), next, sweep ? started : null);
        Result result = new Result(rows.size(), sorted.queue().size() - alreadyQueued, alreadyQueued,
                sorted.history().size(), sweep, next);
        if (sorted.queue().isEmpty()) {
            LOG.fine(() -> "Reconciled " + account.code() + ": " + result);
        } else {
            LOG.info(() -> "Reconciled " + account.code() + ": " + result + "; purchases "
                    + sorted.queue().stream().map(ListedPurchase::orderNumber).toList());
        }
        return Optional.of(result);
    }

    private int queue(DearAccount account, List<ListedPurchase> changed) {
        if (changed.isEmpty()) {
            return 0;
        }
        List<IncomingEvent> events = new ArrayList<>();
        for (ListedPurchase p : changed) {
            String number = StorableText.fit(p.orderNumber(), 256);
            // The row's stamp and status are in the body: the same change found twice is stored once (dedupe key).
            String payload = Json.createObjectBuilder()
                    .add("PurchaseID", p.id())
                    .add("PurchaseOrderNumber", p.orderNumber() == null ? "" : p.orderNumber())
                    .add("LastUpdatedDate", p.lastUpdatedRaw() == null ? "" : p.lastUpdatedRaw())
                    .add("Status", p.status() == null ? "" : p.status())
                    .add("Type", p.type() == null ? "" : p.type())
                    .build().toString();
            events.add(new IncomingEvent(EventKey.purchase(account.code(), EventTypes.RECONCILED_PURCHASE, p.id(),
                    null, number), payload, true));
        }
        List<Receipt> receipts;
        try {
            receipts = inbox.store(events, EventSource.RECONCILER);
        } catch (InboxWriteException raced) {
            receipts = new ArrayList<>();
            for (IncomingEvent event : events) {
                receipts.addAll(inbox.store(List.of(event), EventSource.RECONCILER));
            }
        }
        return (int) receipts.stream().filter(r -> r.outcome() == Receipt.Outcome.DUPLICATE).count();
    }
}
