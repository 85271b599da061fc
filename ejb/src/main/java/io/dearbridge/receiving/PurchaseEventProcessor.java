package io.dearbridge.receiving;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.ReceivingAccounts;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.PurchaseType;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.inbox.Claim;
import io.dearbridge.inbox.InboxEventHandler;
import io.dearbridge.inbox.InboxOutcomes;
import io.dearbridge.inbox.InboxQueries;
import io.dearbridge.sync.SyncFailureException;
import io.dearbridge.webhook.EventTypes;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes the {@code Purchase/*} events and the reconciler's {@code Reconciliation/PurchaseChanged} (the claimer holds
 * one back while an earlier event of the same purchase waits): names the purchase (from what is stored, else from DEAR's list by its number: no
 * document GET for a drop-ship or service purchase), reads it once from DEAR outside any transaction, then applies it
 * ({@link PurchaseImporter}). Every event is a "re-read this purchase" hint (docs/dear-api.md, purchases §5).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurchaseEventProcessor implements InboxEventHandler {

    private static final Logger LOG = Logger.getLogger(PurchaseEventProcessor.class.getName());

    public static final String UNPARSED = "unparsed webhook body: no TaskID";

    private static final Set<String> TYPES = Set.of(EventTypes.PURCHASE_ORDER_AUTHORISED,
            EventTypes.PURCHASE_STOCK_RECEIVED, EventTypes.PURCHASE_INVOICE_AUTHORISED,
            EventTypes.PURCHASE_CREDIT_NOTE_AUTHORISED, EventTypes.RECONCILED_PURCHASE);

    @Inject
    InboxQueries inbox;

    @Inject
    InboxOutcomes outcomes;

    @Inject
    AccountRegistry accounts;

    @Inject
    ReceivingAccounts receiving;

    @Inject
    PurchaseSource purchases;

    @Inject
    ReceiptLookup lookup;

    @Inject
    ServedLocations locations;

    @Inject
    PurchaseImporter importer;

    @Override
    public Set<String> eventTypes() {
        return TYPES;
    }

    /** The purchase an event is about, and the type it likely has; or why it needs no read. */
    record Target(String purchaseId, PurchaseType likely, String skip) {
    }

    @Override
    public void handle(Claim claim) {
        Optional<InboxEvent> found = inbox.find(claim.eventId());
        if (found.isEmpty()) {
            return;
        }
        InboxEvent event = found.get();
        try {
            if (!event.document().identified()) {
                outcomes.failed(claim, new SyncFailure(FailureKind.PERMANENT, null, UNPARSED));
                return;
            }
            DearAccount account = accounts.find(event.accountCode()).orElseThrow(() -> new SyncFailureException(
                    new SyncFailure(FailureKind.PERMANENT, null, "Account " + event.accountCode()
                            + " is no longer configured")));
            if (!receiving.receives(account.code())) {
                outcomes.skipped(claim, "Account " + account.code() + " does not receive ("
                        + String.format(ReceivingAccounts.KEY, account.code()) + " is false)");
                return;
            }
            Target target = target(account, event);
            if (target.skip() != null) {
                outcomes.skipped(claim, target.skip());
                return;
            }
            PurchaseSnapshot snapshot = purchases.fetch(account, target.purchaseId(), target.likely());
            importer.apply(claim, snapshot, locations.serves(account.code(), snapshot.location()),
                    locations.describe(account.code()));
        } catch (SyncFailureException e) {
            outcomes.failed(claim, e.failure());
        } catch (CallDeferred e) {
            outcomes.deferred(claim, e.retryAfter());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Inbox event " + claim.eventId() + " hit an unexpected error", e);
            outcomes.failed(claim, new SyncFailure(FailureKind.TRANSIENT, null, "Bridge error: " + rootMessage(e)));
        }
    }

    /**
     * Names the purchase without a document GET: the reconciler's events carry its ID (and DEAR's Type); a task the
     * bridge stores names its receipt; else DEAR's list is searched for the number the webhook carries. Only a
     * webhook with neither a known task nor a number is read by its TaskID as the purchase ID.
     */
    Target target(DearAccount account, InboxEvent event) {
        if (event.documentId() != null) {
            PurchaseType likely = lookup.byPurchase(account.code(), event.documentId())
                    .map(ReceiptLookup.Known::type).orElseGet(() -> typeOf(payloadType(event)));
            return new Target(event.documentId(), likely, null);
        }
        Optional<ReceiptLookup.Known> known = lookup.byTaskOrPurchase(account.code(), event.documentTaskId());
        if (known.isPresent()) {
            return new Target(known.get().purchaseId(), known.get().type(), null);
        }
        if (event.documentNumber() != null && !event.documentNumber().isBlank()) {
            FoundPurchase p = purchases.findByNumber(account, event.documentNumber()).orElseThrow(() ->
                    new SyncFailureException(new SyncFailure(FailureKind.PERMANENT, null, "No purchase found for task "
                            + event.documentTaskId() + " or number " + event.documentNumber())));
            if (p.dropShip()) {
                return new Target(p.id(), null, "Purchase " + p.orderNumber() + " is drop-ship: the goods never reach"
                        + " the warehouse; no receipt");
            }
            if (p.serviceOnly() || p.type() != null && p.type().toUpperCase(Locale.ROOT).contains("SERVICE")) {
                return new Target(p.id(), null, "Purchase " + p.orderNumber() + " is service-only: no stock; no receipt");
            }
            return new Target(p.id(), typeOf(p.type()), null);
        }
        return new Target(event.documentTaskId(), null, null);
    }

    static PurchaseType typeOf(String dearType) {
        if (dearType == null || dearType.isBlank()) {
            return null;
        }
        return dearType.toUpperCase(Locale.ROOT).contains("ADVANCED") ? PurchaseType.ADVANCED : PurchaseType.SIMPLE;
    }

    /** The reconciler writes DEAR's list row Type into its event's body. */
    private static String payloadType(InboxEvent event) {
        if (event.payload() == null || event.payload().isBlank()) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(event.payload()))) {
            JsonObject body = reader.readObject();
            return body.get("Type") instanceof JsonString s ? s.getString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
