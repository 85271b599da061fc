package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.PurchaseListQuery;
import io.dearbridge.dear.model.DearDates;
import io.dearbridge.dear.model.PurchaseSummary;
import io.dearbridge.reconcile.ListedPurchase;
import io.dearbridge.reconcile.PurchaseListing;
import io.dearbridge.sync.SyncFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Reconciliation's view of DEAR's purchase list, over the DEAR client (every page). Rows DEAR returns that did not
 * change after the date asked for are dropped; a row whose {@code LastUpdatedDate} cannot be read keeps a null
 * stamp (it is then compared by content alone).
 */
@ApplicationScoped
public class DearPurchaseListing implements PurchaseListing {

    @Inject
    DearClient client;

    @Override
    public List<ListedPurchase> changedSince(DearAccount account, Instant since) {
        return list(account, PurchaseListQuery.updatedSince(since)).stream()
                .filter(p -> p.lastUpdated() == null || p.lastUpdated().isAfter(since)).toList();
    }

    @Override
    public List<ListedPurchase> withStatus(DearAccount account, String status) {
        // DEAR's Status filter is exact; the check keeps a tenant that ignores it from listing everything as open.
        return list(account, PurchaseListQuery.status(status)).stream()
                .filter(p -> status.equalsIgnoreCase(p.status() == null ? "" : p.status().trim())).toList();
    }

    private List<ListedPurchase> list(DearAccount account, PurchaseListQuery query) {
        try {
            return client.purchaseList(account, query).stream().filter(r -> r.id() != null)
                    .map(DearPurchaseListing::listed).toList();
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }

    static ListedPurchase listed(PurchaseSummary r) {
        Instant updated;
        try {
            updated = DearDates.parse(r.lastUpdatedDate());
        } catch (RuntimeException e) {
            updated = null;
        }
        String dropShip = r.dropShipTaskId();
        boolean isDropShip = dropShip != null && !dropShip.isBlank()
                && !PurchaseTranslator.EMPTY_GUID.equals(dropShip.trim());
        return new ListedPurchase(r.id().trim().toLowerCase(Locale.ROOT), r.orderNumber(), r.status(),
                r.orderStatus(), r.stockReceivedStatus(), r.invoiceStatus(), r.combinedReceivingStatus(), r.type(),
                Boolean.TRUE.equals(r.isServiceOnly()), isDropShip, r.lastUpdatedDate(), updated);
    }
}
