package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.DearDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shapes of PURCHASES.md §1.3 and §2.1. Simple: {@code StockReceived}, {@code Invoice}, {@code CreditNote} and
 * {@code ManualJournals} are single objects, there is no {@code Type}, and the invoice number key is DEAR's misspelt
 * {@code InvocieNumber}. Advanced (and service): those are arrays of tasks, plus {@code PutAway[]}, {@code Type},
 * {@code IsServiceOnly} and the {@code Combined*} statuses. {@code LastUpdatedDate} is written without a zone, as
 * the live account sent it (§2.3). Callers hold the purchase's monitor.
 */
public final class PurchaseJson {

    public static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";
    private static final String TAX_RULE = "Tax on Purchases";

    private PurchaseJson() {
    }

    /** §2.3: the live account's purchase timestamps came without {@code Z}. */
    public static String updated(Instant at) {
        String t = DearDates.timestamp(at);
        return t.endsWith("Z") ? t.substring(0, t.length() - 1) : t;
    }

    public static Map<String, Object> simple(Purchase p) {
        Map<String, Object> m = header(p);
        m.put("Order", order(p));
        PurchaseTask t = p.tasks().isEmpty() ? null : p.tasks().get(0);
        m.put("StockReceived", simpleStock(p));
        Map<String, Object> invoice = invoice(p, t, true);
        m.put("Invoice", invoice);
        m.put("CreditNote", simpleCreditNote(p, true));
        m.put("ManualJournals", stage(PurchaseStatuses.NOT_AVAILABLE, List.of()));
        m.put("InventoryMovements", List.of());
        m.put("Attachments", List.of());
        return m;
    }

    public static Map<String, Object> advanced(Purchase p) {
        Map<String, Object> m = header(p);
        m.put("Type", p.type());
        m.put("IsServiceOnly", p.service());
        m.put("CombinedReceivingStatus", PurchaseRollup.combinedReceiving(p));
        m.put("CombinedInvoiceStatus", PurchaseRollup.combinedInvoice(p));
        m.put("CombinedPaymentStatus", PurchaseRollup.combinedPayment(p));
        m.put("Order", order(p));
        m.put("StockReceived", stockTasks(p));
        m.put("PutAway", putAwayTasks(p));
        m.put("Invoice", p.tasks().stream().map(t -> invoice(p, t, false)).toList());
        m.put("CreditNote", advancedCreditNotes(p));
        m.put("ManualJournals", List.of());
        m.put("InventoryMovements", List.of());
        m.put("Attachments", List.of());
        return m;
    }

    /** [FIELD] GET advanced-purchase of a simple purchase (or of a task ID): 200 with an empty shell (§1.3). */
    public static Map<String, Object> emptyShell() {
        Map<String, Object> m = Json.object();
        m.put("ID", EMPTY_GUID);
        m.put("Supplier", "");
        m.put("OrderNumber", "");
        m.put("Status", "");
        m.put("Type", "");
        m.put("Lines", List.of());
        m.put("Order", stage("", List.of()));
        m.put("StockReceived", List.of());
        m.put("PutAway", List.of());
        m.put("Invoice", List.of());
        m.put("CreditNote", List.of());
        m.put("ManualJournals", List.of());
        return m;
    }

    private static Map<String, Object> header(Purchase p) {
        Map<String, Object> m = Json.object();
        m.put("ID", p.id());
        m.put("Supplier", p.supplier());
        m.put("SupplierID", p.supplierId());
        m.put("Contact", "Accounts");
        m.put("Phone", "+61 3 9000 0000");
        m.put("InventoryAccount", "630");
        m.put("BlindReceipt", false);
        m.put("Approach", p.approach());
        m.put("BillingAddress", null);
        Map<String, Object> ship = Json.object();
        ship.put("DisplayAddressLine1", p.location());
        ship.put("DisplayAddressLine2", "");
        ship.put("Line1", p.location());
        ship.put("Line2", "");
        ship.put("City", "");
        ship.put("State", "");
        ship.put("Postcode", "");
        ship.put("Country", "Australia");
        ship.put("Company", "");
        ship.put("ShipToOther", false);
        m.put("ShippingAddress", ship);
        m.put("BaseCurrency", "AUD");
        m.put("SupplierCurrency", "AUD");
        m.put("CurrencyRate", 1);
        m.put("TaxRule", TAX_RULE);
        m.put("TaxCalculation", "Exclusive");
        m.put("Terms", "30 days");
        m.put("RequiredBy", DearDates.date(p.requiredBy()));
        m.put("Location", p.location());
        m.put("Note", p.note());
        m.put("OrderNumber", p.orderNumber());
        m.put("OrderDate", DearDates.date(p.orderDate()));
        m.put("Status", PurchaseRollup.status(p));
        m.put("LastUpdatedDate", updated(p.lastUpdated()));
        m.put("RelatedDropShipSaleTask", p.dropShipTaskId());
        m.put("AdditionalAttributes", null);
        return m;
    }

    public static Map<String, Object> order(Purchase p) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", p.simple() ? p.id() : p.orderTaskId());
        m.put("Memo", "");
        m.put("Status", PurchaseRollup.orderStatus(p));
        List<Map<String, Object>> lines = p.lines().stream().map(PurchaseJson::orderLine).toList();
        m.put("Lines", lines);
        m.put("AdditionalCharges", List.of());
        m.put("Prepayments", List.of());
        BigDecimal total = p.lines().stream().map(PurchaseLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("TotalBeforeTax", total);
        m.put("Tax", 0);
        m.put("Total", total);
        return m;
    }

    private static Map<String, Object> orderLine(PurchaseLine l) {
        Map<String, Object> m = Json.object();
        m.put("ProductID", l.productId());
        m.put("SKU", l.sku());
        m.put("Name", l.name());
        m.put("Quantity", l.quantity());
        m.put("Price", l.price());
        m.put("Discount", 0);
        m.put("Tax", 0);
        m.put("TaxRule", TAX_RULE);
        m.put("SupplierSKU", "");
        m.put("Comment", "");
        m.put("Total", l.total());
        return m;
    }

    /** {@code GET/POST purchase/stock}: {TaskID, Status, Lines}. */
    public static Map<String, Object> simpleStock(Purchase p) {
        Map<String, Object> m = Json.object();
        PurchaseTask t = p.tasks().isEmpty() ? null : p.tasks().get(0);
        m.put("TaskID", p.id());
        m.put("Status", t == null ? PurchaseStatuses.NOT_AVAILABLE : p.voided() ? PurchaseStatuses.VOIDED
                : t.stockStatus());
        m.put("Lines", t == null ? List.of() : lines(t.stockLines(), t.stockAuthorised()));
        return m;
    }

    public static List<Map<String, Object>> stockTasks(Purchase p) {
        return p.tasks().stream().map(t -> task(t, t.stockStatus(), t.stockLines(), t.stockAuthorised())).toList();
    }

    public static List<Map<String, Object>> putAwayTasks(Purchase p) {
        return p.tasks().stream().map(t -> task(t, t.putAwayStatus(), t.putAwayLines(), t.putAwayAuthorised()))
                .toList();
    }

    private static Map<String, Object> task(PurchaseTask t, String status, List<ReceivedLine> lines, boolean done) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", t.taskId());
        m.put("InvoicingAndReceivingNumber", t.number());
        m.put("Status", status);
        m.put("Lines", lines(lines, done));
        return m;
    }

    private static List<Map<String, Object>> lines(List<ReceivedLine> lines, boolean received) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReceivedLine l : lines) {
            Map<String, Object> m = Json.object();
            m.put("Date", l.date());
            m.put("Quantity", l.quantity());
            m.put("ProductID", l.productId());
            m.put("SKU", l.sku());
            m.put("Name", l.name());
            m.put("Location", l.location());
            m.put("LocationID", l.locationId());
            m.put("Received", received);
            m.put("BatchSN", l.batch());
            m.put("ExpiryDate", l.expiry());
            m.put("SupplierSKU", l.supplierSku());
            m.put("CardID", l.cardId());
            m.put("NonInventory", false);
            out.add(m);
        }
        return out;
    }

    /** A task's invoice; {@code simpleKeys} spells the number as the simple document does ({@code InvocieNumber}). */
    public static Map<String, Object> invoice(Purchase p, PurchaseTask t, boolean simpleKeys) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", t == null ? p.id() : t.taskId());
        if (!simpleKeys && t != null) {
            m.put("InvoicingAndReceivingNumber", t.number());
        }
        m.put("InvoiceDate", t == null ? null : t.invoiceDate());
        m.put("InvoiceDueDate", t == null ? null : t.invoiceDate());
        m.put(simpleKeys ? "InvocieNumber" : "InvoiceNumber", t == null ? null : t.invoiceNumber());
        m.put("Memo", "");
        m.put("Status", t == null ? PurchaseStatuses.NOT_AVAILABLE : p.voided() ? PurchaseStatuses.VOIDED
                : t.invoiceStatus());
        List<PurchaseLine> lines = t == null ? List.of() : t.invoiceLines();
        m.put("Lines", lines.stream().map(l -> {
            Map<String, Object> line = orderLine(l);
            line.put("Account", "630");
            return line;
        }).toList());
        m.put("AdditionalCharges", List.of());
        m.put("Payments", List.of());
        BigDecimal total = lines.stream().map(PurchaseLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("TotalBeforeTax", total);
        m.put("Tax", 0);
        m.put("Total", total);
        m.put("Paid", PurchaseStatuses.PAID.equals(t == null ? null : t.invoiceStatus()) ? total : BigDecimal.ZERO);
        return m;
    }

    /**
     * The simple credit note. Inside the purchase document its {@code Unstock} is an object {Status, Lines}; from
     * {@code purchase/creditnote} it is a plain array (§6.2 shape quirk).
     */
    public static Map<String, Object> simpleCreditNote(Purchase p, boolean embedded) {
        PurchaseCreditNote c = p.creditNotes().isEmpty() ? null : p.creditNotes().get(0);
        Map<String, Object> m = c == null ? emptyCreditNote(p) : creditNote(c, false);
        if (embedded) {
            Object unstock = m.get("Unstock");
            m.put("Unstock", stage(c == null || c.unstock().isEmpty() ? PurchaseStatuses.NOT_AVAILABLE : c.status(),
                    unstock == null ? List.of() : unstock));
        }
        return m;
    }

    private static Map<String, Object> emptyCreditNote(Purchase p) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", p.id());
        m.put("CreditNoteNumber", null);
        m.put("CreditNoteDate", null);
        m.put("Status", PurchaseStatuses.NOT_AVAILABLE);
        m.put("Lines", List.of());
        m.put("AdditionalCharges", List.of());
        m.put("Unstock", List.of());
        m.put("Refunds", List.of());
        m.put("TotalBeforeTax", 0);
        m.put("Tax", 0);
        m.put("Total", 0);
        return m;
    }

    public static List<Map<String, Object>> advancedCreditNotes(Purchase p) {
        return p.creditNotes().stream().map(c -> creditNote(c, true)).toList();
    }

    private static Map<String, Object> creditNote(PurchaseCreditNote c, boolean advanced) {
        Map<String, Object> m = Json.object();
        m.put("TaskID", c.taskId());
        if (advanced) {
            m.put("CreditNoteInvoiceNumber", c.invoiceNumber());
        }
        m.put("CreditNoteNumber", c.number());
        m.put("CreditNoteDate", c.date());
        m.put("Status", c.status());
        m.put("Lines", c.lines());
        m.put("AdditionalCharges", List.of());
        List<Map<String, Object>> unstock = new ArrayList<>();
        for (PurchaseCreditNote.Unstock u : c.unstock()) {
            Map<String, Object> l = Json.object();
            l.put("CardID", u.card().cardId());
            l.put("ProductID", u.card().productId());
            l.put("SKU", u.card().sku());
            l.put("Name", u.card().name());
            l.put("Quantity", u.quantity());
            l.put("Location", u.card().location());
            l.put("BatchSN", u.card().batch());
            l.put("ExpiryDate", u.card().expiry());
            l.put("Date", u.date());
            unstock.add(l);
        }
        m.put("Unstock", unstock);
        m.put("Refunds", List.of());
        BigDecimal total = c.lines().stream().map(l -> {
            BigDecimal t = Json.decimal(l, "Total");
            return t == null ? BigDecimal.ZERO : t;
        }).reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("TotalBeforeTax", total);
        m.put("Tax", 0);
        m.put("Total", total);
        return m;
    }

    /** A purchaseList row (§2.2). */
    public static Map<String, Object> listRow(Purchase p) {
        Map<String, Object> m = Json.object();
        PurchaseTask first = p.tasks().isEmpty() ? null : p.tasks().get(0);
        PurchaseCreditNote note = p.creditNotes().isEmpty() ? null : p.creditNotes().get(p.creditNotes().size() - 1);
        m.put("ID", p.id());
        m.put("BlindReceipt", false);
        m.put("OrderNumber", p.orderNumber());
        m.put("Status", PurchaseRollup.status(p));
        m.put("OrderDate", DearDates.date(p.orderDate()));
        m.put("InvoiceDate", first == null ? null : first.invoiceDate());
        m.put("Supplier", p.supplier());
        m.put("SupplierID", p.supplierId());
        m.put("InvoiceNumber", first == null ? null : first.invoiceNumber());
        BigDecimal invoiced = p.tasks().stream().filter(PurchaseTask::invoiceAuthorised)
                .flatMap(t -> t.invoiceLines().stream()).map(PurchaseLine::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("InvoiceAmount", invoiced);
        m.put("PaidAmount", "PAID".equals(p.paymentStatus()) ? invoiced : BigDecimal.ZERO);
        m.put("InvoiceDueDate", first == null ? null : first.invoiceDate());
        m.put("RequiredBy", DearDates.date(p.requiredBy()));
        m.put("BaseCurrency", "AUD");
        m.put("SupplierCurrency", "AUD");
        m.put("CreditNoteNumber", note == null ? null : note.number());
        m.put("OrderStatus", PurchaseRollup.orderStatus(p));
        m.put("StockReceivedStatus", PurchaseRollup.stockReceivedStatus(p));
        m.put("UnstockStatus", PurchaseRollup.unstockStatus(p));
        m.put("InvoiceStatus", PurchaseRollup.invoiceStatus(p));
        m.put("CreditNoteStatus", PurchaseRollup.creditNoteStatus(p));
        m.put("LastUpdatedDate", updated(p.lastUpdated()));
        m.put("CombinedReceivingStatus", PurchaseRollup.combinedReceiving(p));
        m.put("CombinedInvoiceStatus", PurchaseRollup.combinedInvoice(p));
        m.put("CombinedPaymentStatus", PurchaseRollup.combinedPayment(p));
        m.put("Type", p.type());
        m.put("IsServiceOnly", p.service());
        m.put("DropShipTaskID", p.dropShipTaskId());
        return m;
    }

    private static Map<String, Object> stage(String status, Object lines) {
        Map<String, Object> m = Json.object();
        m.put("Status", status);
        m.put("Lines", lines);
        return m;
    }
}
