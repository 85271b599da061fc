package io.dearbridge.intake;

import io.dearbridge.order.OrderQueries;
import io.dearbridge.webhook.EventTypes;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.rate.CallDeferred;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.sync.FailureKind;
import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.inbox.Claim;
import io.dearbridge.inbox.InboxEventHandler;
import io.dearbridge.inbox.InboxOutcomes;
import io.dearbridge.sync.SyncFailureException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes the sale events ({@link EventTypes#HANDLED} and the reconciler's; the claimer holds back one whose earlier
 * event of the same sale still waits): fetches the sale from DEAR
 * (outside any transaction, so no lock is held during the call), then applies it. Payloads are only
 * hints: every event type is handled by reading DEAR's current state.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SaleEventProcessor implements InboxEventHandler {

    private static final Logger LOG = Logger.getLogger(SaleEventProcessor.class.getName());

    /** The reason an event without identifiers is FAILED: the admin console lists it with the failed syncs. */
    public static final String UNPARSED = "unparsed webhook body: no SaleID or SaleTaskID";

    @Inject
    InboxOutcomes outcomes;

    @Inject
    AccountRegistry accounts;

    @Inject
    SaleSource sales;

    @Inject
    LocationFilter locations;

    @Inject
    SaleImporter importer;

    @Inject
    OrderQueries orders;

    private static final Set<String> TYPES = Stream.of(EventTypes.HANDLED.stream(), EventTypes.PAYMENTS.stream(),
            Stream.of(EventTypes.RECONCILED_SALE)).flatMap(t -> t).collect(Collectors.toUnmodifiableSet());

    @Override
    public Set<String> eventTypes() {
        return TYPES;
    }

    @Override
    public void handle(Claim claim) {
        // Only the claim: the claimer has already held back an event whose earlier event of the same sale waits.
        DocumentRef document = claim.document();
        try {
            if (!document.identified()) {
                // Answered 200 so DEAR keeps the subscription on; kept FAILED so an operator sees it.
                outcomes.failed(claim, new SyncFailure(FailureKind.PERMANENT, null, UNPARSED));
                return;
            }
            if (ownEcho(claim)) {
                outcomes.completedWithoutRead(claim, "DEAR's echo of the bridge's own "
                        + claim.eventType().substring(5) + ", already confirmed by DEAR's answer: no read needed");
                return;
            }
            DearAccount account = accounts.find(claim.accountCode()).orElseThrow(() -> new SyncFailureException(
                    new SyncFailure(FailureKind.PERMANENT, null, "Account " + claim.accountCode()
                            + " is no longer configured")));
            SaleSnapshot snapshot = fetch(account, document);
            if (!locations.serves(account.code(), snapshot.location())) {
                outcomes.skipped(claim, "Sale " + snapshot.saleOrderNumber() + " is for location '"
                        + snapshot.location() + "'; account " + account.code() + " serves only "
                        + locations.describe(account.code()));
                return;
            }
            importer.apply(claim, snapshot);
        } catch (SyncFailureException e) {
            outcomes.failed(claim, e.failure());
        } catch (CallDeferred e) {
            outcomes.deferred(claim, e.retryAfter());
        } catch (RuntimeException e) {
            // A lost race (two events creating the same order) or a database hiccup: try again later. A value
            // the database refuses is refused again on every read of the same sale: PERMANENT.
            LOG.log(Level.FINE, "Inbox event " + claim.eventId() + " hit an unexpected error", e);
            outcomes.failed(claim, UnstorableSale.of(e).orElseGet(() -> new SyncFailure(FailureKind.TRANSIENT, null,
                    "Bridge error: " + rootMessage(e))));
        }
    }

    /** Economy: a stage event the bridge's own write already explains costs no DEAR call. */
    private boolean ownEcho(Claim claim) {
        DocumentRef document = claim.document();
        String saleId = document.id() != null ? document.id()
                : orders.saleOfTask(claim.accountCode(), document.taskId()).orElse(document.taskId());
        return saleId != null && EventTypes.stageOf(claim.eventType())
                .map(stage -> orders.ownEcho(claim.accountCode(), saleId, stage)).orElse(false);
    }

    private SaleSnapshot fetch(DearAccount account, DocumentRef document) {
        if (document.id() != null) {
            return sales.fetchSale(account, document.id());
        }
        // Only SaleTaskID was sent: a fulfilment task the bridge already knows names its sale without a call.
        Optional<String> known = orders.saleOfTask(account.code(), document.taskId());
        if (known.isPresent()) {
            return sales.fetchSale(account, known.get());
        }
        // Otherwise it is the sale id for simple sales; failing that, look the order number up.
        try {
            return sales.fetchSale(account, document.taskId());
        } catch (SyncFailureException e) {
            if (e.failure().kind() != FailureKind.PERMANENT || document.number() == null) {
                throw e;
            }
            String saleId = sales.findSaleId(account, document.number()).orElseThrow(() ->
                    new SyncFailureException(new SyncFailure(FailureKind.PERMANENT, e.failure().httpStatus(),
                            "No sale found for task " + document.taskId() + " or order number "
                                    + document.number())));
            return sales.fetchSale(account, saleId);
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
