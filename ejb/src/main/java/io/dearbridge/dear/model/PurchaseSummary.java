package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A {@code purchaseList} row. It carries no location. {@code LastUpdatedDate} stays DEAR's string, parsed by
 * {@link DearDates}; it moves when anything touches the purchase, a payment included (docs/dear-api.md, purchases).
 */
public record PurchaseSummary(
        @JsonProperty("ID") String id,
        Boolean blindReceipt,
        String orderNumber,
        String status,
        Instant orderDate,
        String supplier,
        @JsonProperty("SupplierID") String supplierId,
        Instant requiredBy,
        String orderStatus,
        String stockReceivedStatus,
        String unstockStatus,
        String invoiceNumber,
        String invoiceStatus,
        String creditNoteStatus,
        String lastUpdatedDate,
        String combinedReceivingStatus,
        String combinedInvoiceStatus,
        String combinedPaymentStatus,
        String type,
        Boolean isServiceOnly,
        @JsonProperty("DropShipTaskID") String dropShipTaskId) {
}
