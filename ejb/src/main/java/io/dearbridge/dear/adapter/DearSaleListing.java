package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.SaleListQuery;
import io.dearbridge.dear.model.SaleSummary;
import io.dearbridge.reconcile.ListedSale;
import io.dearbridge.reconcile.SaleListing;
import io.dearbridge.sync.SyncFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Reconciliation's view of DEAR's sale list, over the DEAR client (paged at dearbridge.dear.sale-list-limit). */
@ApplicationScoped
public class DearSaleListing implements SaleListing {

    @Inject
    DearClient client;

    @Override
    public List<ListedSale> changedSince(DearAccount account, Instant since) {
        try {
            // DEAR also lists rows it did not change after the date (docs/dear-api.md §3.3): a sale touched by a
            // payment keeps its old Updated. Only what changed after the date the bridge asked for counts.
            Instant asked = since.truncatedTo(ChronoUnit.MILLIS);
            return client.saleList(account, SaleListQuery.updatedSince(since, null)).stream()
                    .filter(row -> row.saleId() != null)
                    .filter(row -> row.updated() != null && row.updated().truncatedTo(ChronoUnit.MILLIS).isAfter(asked))
                    .map(DearSaleListing::listed)
                    .toList();
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }

    private static ListedSale listed(SaleSummary row) {
        return new ListedSale(row.saleId().toLowerCase(), row.orderNumber(), row.status(), row.orderStatus(),
                row.updated(), row.orderDate(), row.combinedShippingStatus(), row.fulfilmentStatus());
    }
}
