package io.dearbridge.reconcile;

import java.time.Instant;

/**
 * One row of DEAR's sale list, as much as reconciliation compares: its id in lower case, what changes, and what tells
 * history from warehouse work: when the order was dated ({@code OrderDate}) and how far DEAR has taken it
 * ({@code CombinedShippingStatus}, {@code FulFilmentStatus}).
 */
public record ListedSale(String saleId, String orderNumber, String status, String orderStatus, Instant updated,
                         Instant orderDate, String shippingStatus, String fulfilmentStatus) {

    public ListedSale(String saleId, String orderNumber, String status, String orderStatus, Instant updated) {
        this(saleId, orderNumber, status, orderStatus, updated, null, null, null);
    }
}
