package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A {@code saleList} row. The list says {@code OrderNumber} and {@code Updated} where the sale says
 * {@code Order.SaleOrderNumber} and {@code LastModifiedOn}.
 */
public record SaleSummary(
        @JsonProperty("SaleID") String saleId,
        String orderNumber,
        String status,
        Instant orderDate,
        String customer,
        @JsonProperty("CustomerID") String customerId,
        String customerReference,
        String invoiceNumber,
        Instant invoiceDate,
        Instant invoiceDueDate,
        BigDecimal invoiceAmount,
        BigDecimal paidAmount,
        Instant shipBy,
        String baseCurrency,
        String customerCurrency,
        String creditNoteNumber,
        Instant updated,
        String quoteStatus,
        String orderStatus,
        String combinedPickingStatus,
        String combinedPackingStatus,
        String combinedShippingStatus,
        @JsonProperty("FulFilmentStatus") String fulfilmentStatus,
        String combinedInvoiceStatus,
        String creditNoteStatus,
        String combinedPaymentStatus,
        String combinedTrackingNumbers,
        String type,
        String sourceChannel,
        @JsonProperty("ExternalID") String externalId,
        @JsonProperty("OrderLocationID") String orderLocationId) {
}
