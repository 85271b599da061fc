package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.SaleListQuery;
import io.dearbridge.dear.model.SaleSummary;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.intake.SaleSource;
import io.dearbridge.sync.SyncFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Intake's view of DEAR sales, over the DEAR client. */
@ApplicationScoped
public class DearSaleSource implements SaleSource {

    @Inject
    DearClient client;

    @Override
    public SaleSnapshot fetchSale(DearAccount account, String saleId) {
        try {
            return SaleTranslator.toSnapshot(client.sale(account, saleId));
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }

    @Override
    public Optional<String> findSaleId(DearAccount account, String saleOrderNumber) {
        try {
            return client.saleList(account, SaleListQuery.search(saleOrderNumber)).stream()
                    .filter(row -> saleOrderNumber.equalsIgnoreCase(row.orderNumber()))
                    .map(SaleSummary::saleId)
                    .map(String::toLowerCase)
                    .findFirst();
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }
}
