package io.dearbridge.intake;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.order.SaleSnapshot;
import java.util.Optional;

/**
 * Where intake reads sales from. Implemented over the DEAR client in the {@code dear} package, which
 * keeps DEAR's wire format to itself; failures arrive as {@link io.dearbridge.sync.SyncFailureException}.
 */
public interface SaleSource {

    /** The sale as DEAR has it now. */
    SaleSnapshot fetchSale(DearAccount account, String saleId);

    /** Finds a sale's id from its order number (saleList?Search=), for payloads that carry only a task id. */
    Optional<String> findSaleId(DearAccount account, String saleOrderNumber);
}
