package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET purchase?ID=} (Simple) or {@code GET advanced-purchase?ID=} (Advanced): the whole purchase
 * (docs/dear-api.md, purchases). {@code StockReceived}, {@code Invoice} and {@code PutAway} are one object on a
 * Simple purchase and arrays on an Advanced one; both read as lists (the mapper accepts a single value as an array),
 * and {@link PurchaseDocument} remembers which shape came. {@code LastUpdatedDate} stays DEAR's string (sometimes
 * without a zone); {@link DearDates} parses it. Statuses are strings: DEAR has composite values.
 */
public record Purchase(
        @JsonProperty("ID") String id,
        String supplier,
        @JsonProperty("SupplierID") String supplierId,
        Boolean blindReceipt,
        String approach,
        Instant requiredBy,
        String location,
        String note,
        String orderNumber,
        Instant orderDate,
        String status,
        String lastUpdatedDate,
        String relatedDropShipSaleTask,
        String type,
        Boolean isServiceOnly,
        String combinedReceivingStatus,
        String combinedInvoiceStatus,
        PurchaseOrder order,
        List<PurchaseStockTask> stockReceived,
        List<PurchaseStockTask> putAway,
        List<PurchaseInvoice> invoice) {

    public Purchase {
        stockReceived = Lists.orEmpty(stockReceived);
        putAway = Lists.orEmpty(putAway);
        invoice = Lists.orEmpty(invoice);
    }

    /** DEAR's answer for an ID it has no purchase of, on some tenants: 200 with no status and no lines. */
    public boolean emptyShell() {
        boolean noStatus = status == null || status.isBlank();
        boolean noLines = order == null || order.lines().isEmpty();
        return noStatus && noLines;
    }
}
