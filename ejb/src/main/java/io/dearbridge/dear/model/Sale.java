package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET sale?ID=}: the whole sale (docs/dear-api.md §3.2). Statuses are strings, not enums, because DEAR adds
 * values without notice. {@code LastModifiedOn} orders snapshots of the same sale.
 */
public record Sale(
        @JsonProperty("ID") String id,
        String customer,
        @JsonProperty("CustomerID") String customerId,
        String contact,
        String phone,
        String email,
        String defaultAccount,
        Boolean skipQuote,
        Address billingAddress,
        Address shippingAddress,
        String shippingNotes,
        String baseCurrency,
        String customerCurrency,
        String taxRule,
        String taxCalculation,
        String terms,
        String priceTier,
        Instant shipBy,
        String location,
        Instant saleOrderDate,
        Instant lastModifiedOn,
        String note,
        String customerReference,
        @JsonProperty("COGSAmount") BigDecimal cogsAmount,
        String status,
        String combinedPickingStatus,
        String combinedPackingStatus,
        String combinedShippingStatus,
        @JsonProperty("FulFilmentStatus") String fulfilmentStatus,
        String combinedInvoiceStatus,
        String combinedPaymentStatus,
        String combinedTrackingNumbers,
        String carrier,
        BigDecimal currencyRate,
        String salesRepresentative,
        String type,
        String sourceChannel,
        @JsonProperty("ExternalID") String externalId,
        Boolean serviceOnly,
        SaleOrder quote,
        SaleOrder order,
        List<Fulfilment> fulfilments,
        List<InvoiceSummary> invoices,
        List<CreditNote> creditNotes) {

    public Sale {
        fulfilments = Lists.orEmpty(fulfilments);
        invoices = Lists.orEmpty(invoices);
        creditNotes = Lists.orEmpty(creditNotes);
    }

    /** The order number, which DEAR keeps on the order stage, or null before there is an order. */
    public String orderNumber() {
        return order == null ? null : order.saleOrderNumber();
    }
}
