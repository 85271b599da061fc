package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.creditnote.CreditNote;
import io.dearbridge.simulator.fulfilment.FulfilmentJson;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.DearDates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a sale as {@code GET sale} returns it (fixtures/sale.json) and as a {@code saleList} row
 * (fixtures/sale-list-page.json). Call with the sale's lock held.
 */
public final class SaleJson {

    static final BigDecimal FREIGHT = new BigDecimal("15.00");
    private static final String TAX_RULE = "GST on Income";

    private SaleJson() {
    }

    /** Voided wins; otherwise what the payments entered made it (UNPAID before any). */
    static String payment(Sale s) {
        return s.voided() ? "VOIDED" : s.paymentStatus() != null ? s.paymentStatus() : "UNPAID";
    }

    public static Map<String, Object> sale(Sale s) {
        Map<String, Object> m = Json.object();
        m.put("ID", s.id());
        m.put("Customer", s.customer());
        m.put("CustomerID", s.customerId());
        m.put("Contact", s.contact());
        m.put("Phone", s.phone());
        m.put("Email", s.email());
        m.put("DefaultAccount", "200");
        m.put("SkipQuote", false);
        m.put("BillingAddress", s.billingAddress().toJson(false));
        m.put("ShippingAddress", s.shippingAddress().toJson(true));
        m.put("ShippingNotes", s.shippingNotes());
        m.put("BaseCurrency", "AUD");
        m.put("CustomerCurrency", "AUD");
        m.put("TaxRule", TAX_RULE);
        m.put("TaxCalculation", "Exclusive");
        m.put("Terms", "30 days");
        m.put("PriceTier", "Wholesale");
        m.put("ShipBy", DearDates.date(s.shipBy()));
        m.put("Location", s.location());
        m.put("SaleOrderDate", DearDates.date(s.orderDate()));
        m.put("LastModifiedOn", DearDates.timestamp(s.lastModified()));
        m.put("Note", "");
        m.put("CustomerReference", s.customerReference());
        m.put("COGSAmount", 0);
        m.put("Status", SaleStatusRollup.status(s));
        m.put("CombinedPickingStatus", SaleStatusRollup.picking(s));
        m.put("CombinedPackingStatus", SaleStatusRollup.packing(s));
        m.put("CombinedShippingStatus", SaleStatusRollup.shipping(s));
        m.put("FulFilmentStatus", SaleStatusRollup.fulfilmentStatus(s));
        m.put("CombinedInvoiceStatus", SaleInvoice.combined(s));
        m.put("CombinedPaymentStatus", payment(s));
        m.put("CombinedTrackingNumbers", SaleStatusRollup.trackingNumbers(s));
        m.put("Carrier", s.carrier());
        m.put("CurrencyRate", s.currencyRate());
        m.put("SalesRepresentative", "Tom Reyes");
        m.put("Type", s.type());
        m.put("SourceChannel", "");
        m.put("ExternalID", null);
        m.put("ServiceOnly", s.serviceOnly());
        m.put("AdditionalAttributes", additionalAttributes());
        m.put("Quote", stageDocument(s, "AUTHORISED", false));
        m.put("Order", order(s));
        m.put("Fulfilments", s.fulfilments().stream().map(FulfilmentJson::fulfilment).toList());
        m.put("Invoices", SaleInvoice.json(s));
        m.put("CreditNotes", s.creditNotes().stream().map(CreditNote::toJson).toList());
        Map<String, Object> journals = Json.object();
        journals.put("Status", "NOT AVAILABLE");
        journals.put("Lines", List.of());
        m.put("ManualJournals", journals);
        m.put("Attachments", List.of());
        m.put("InventoryMovements", List.of());
        m.put("Transactions", List.of());
        return m;
    }

    public static Map<String, Object> listRow(Sale s) {
        Map<String, Object> m = Json.object();
        List<CreditNote> notes = s.creditNotes();
        m.put("SaleID", s.id());
        m.put("OrderNumber", s.orderNumber());
        m.put("Status", SaleStatusRollup.status(s));
        m.put("OrderDate", DearDates.date(s.orderDate()));
        m.put("Customer", s.customer());
        m.put("CustomerID", s.customerId());
        m.put("CustomerReference", s.customerReference());
        m.put("InvoiceNumber", null);
        m.put("InvoiceDate", null);
        m.put("InvoiceDueDate", null);
        m.put("InvoiceAmount", 0);
        m.put("PaidAmount", 0);
        m.put("ShipBy", DearDates.date(s.shipBy()));
        m.put("BaseCurrency", "AUD");
        m.put("CustomerCurrency", "AUD");
        m.put("CreditNoteNumber", notes.isEmpty() ? null : notes.get(notes.size() - 1).number());
        m.put("Updated", DearDates.timestamp(s.lastModified()));
        m.put("QuoteStatus", "AUTHORISED");
        m.put("OrderStatus", s.orderStatus());
        m.put("CombinedPickingStatus", SaleStatusRollup.picking(s));
        m.put("CombinedPackingStatus", SaleStatusRollup.packing(s));
        m.put("CombinedShippingStatus", SaleStatusRollup.shipping(s));
        m.put("FulFilmentStatus", SaleStatusRollup.fulfilmentStatus(s));
        m.put("CombinedInvoiceStatus", s.ordered() ? "NOT INVOICED" : "NOT AVAILABLE");
        m.put("CreditNoteStatus", SaleStatusRollup.creditNoteStatus(s));
        m.put("CombinedPaymentStatus", payment(s));
        m.put("CombinedTrackingNumbers", SaleStatusRollup.trackingNumbers(s));
        m.put("Type", s.type());
        m.put("SourceChannel", "");
        m.put("ExternalID", null);
        m.put("OrderLocationID", s.locationId());
        return m;
    }

    private static Map<String, Object> order(Sale s) {
        Map<String, Object> m = Json.object();
        m.put("SaleOrderNumber", s.orderNumber());
        m.putAll(stageDocument(s, s.orderStatus(), true));
        return m;
    }

    private static Map<String, Object> stageDocument(Sale s, String status, boolean order) {
        Map<String, Object> m = Json.object();
        m.put("Memo", "");
        m.put("Status", status);
        if (!order) {
            m.put("Prepayments", List.of());
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal before = FREIGHT;
        BigDecimal tax = FREIGHT.multiply(OrderLine.GST).setScale(2, java.math.RoundingMode.HALF_UP);
        for (OrderLine l : s.lines()) {
            lines.add(line(l, order));
            before = before.add(l.total());
            tax = tax.add(l.tax());
        }
        m.put("Lines", lines);
        m.put("AdditionalCharges", List.of(freight()));
        m.put("TotalBeforeTax", before);
        m.put("Tax", tax);
        m.put("Total", before.add(tax));
        return m;
    }

    private static Map<String, Object> line(OrderLine l, boolean order) {
        Map<String, Object> m = Json.object();
        m.put("ProductID", l.productId());
        m.put("SKU", l.sku());
        m.put("Name", l.name());
        m.put("Quantity", l.quantity());
        m.put("Price", l.price());
        m.put("Discount", 0);
        m.put("Tax", l.tax());
        m.put("AverageCost", l.averageCost());
        m.put("TaxRule", TAX_RULE);
        m.put("Comment", l.comment());
        m.put("Total", l.total());
        m.put("ProductLength", 0);
        m.put("ProductWidth", 0);
        m.put("ProductHeight", 0);
        m.put("ProductWeight", 0);
        m.put("WeightUnits", "kg");
        m.put("DimensionsUnits", "cm");
        if (order) {
            m.put("DropShip", l.dropShip());
            m.put("BackorderQuantity", l.backorderQuantity());
            m.put("Backorder", l.backorderQuantity().signum() > 0);
        }
        return m;
    }

    private static Map<String, Object> freight() {
        Map<String, Object> m = Json.object();
        m.put("Description", "Freight - Standard");
        m.put("Price", FREIGHT);
        m.put("Quantity", 1);
        m.put("Discount", 0);
        m.put("Tax", FREIGHT.multiply(OrderLine.GST).setScale(2, java.math.RoundingMode.HALF_UP));
        m.put("Total", FREIGHT);
        m.put("TaxRule", TAX_RULE);
        m.put("Comment", "");
        return m;
    }

    private static Map<String, Object> additionalAttributes() {
        Map<String, Object> m = Json.object();
        for (int i = 1; i <= 10; i++) {
            m.put("AdditionalAttribute" + i, "");
        }
        return m;
    }
}
