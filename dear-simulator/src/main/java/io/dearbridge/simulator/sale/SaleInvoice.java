package io.dearbridge.simulator.sale;

import io.dearbridge.simulator.fulfilment.StageStatus;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.time.DearDates;
import java.util.List;
import java.util.Map;

/**
 * The sale's one invoice, as far as credit notes need it (docs/dear-api.md §6.1: a credit note needs an AUTHORISED or PAID
 * invoice, and names it in {@code CreditNoteInvoiceNumber}). The simulator serves no invoice endpoints, so the
 * invoice is authorised by itself once a shipment is authorised; a DEAR user may set another status (control
 * action {@code invoice}), e.g. VOIDED to make credit notes refuse. Call with the sale's lock held.
 */
public final class SaleInvoice {

    public static final String NOT_AVAILABLE = "NOT AVAILABLE";

    private SaleInvoice() {
    }

    public static String status(Sale sale) {
        if (sale.invoiceStatus() != null) {
            return sale.invoiceStatus();
        }
        boolean shipped = sale.activeFulfilments().stream().anyMatch(f -> StageStatus.shipDone(f.shipStatus()));
        return shipped && sale.autoInvoice() ? StageStatus.AUTHORISED : NOT_AVAILABLE;
    }

    /** AUTHORISED or PAID: what a credit note may be raised against. */
    public static boolean creditable(Sale sale) {
        String status = status(sale);
        return StageStatus.AUTHORISED.equals(status) || "PAID".equals(status);
    }

    public static String number(Sale sale) {
        return String.format("INV-%05d", sale.sequence());
    }

    /** {@code Invoices[]} of {@code GET sale}: empty until there is an invoice. */
    public static List<Map<String, Object>> json(Sale sale) {
        String status = status(sale);
        if (NOT_AVAILABLE.equals(status)) {
            return List.of();
        }
        Map<String, Object> m = Json.object();
        m.put("TaskID", sale.id());
        m.put("InvoiceNumber", number(sale));
        m.put("Memo", "");
        m.put("Status", status);
        m.put("InvoiceDate", DearDates.date(sale.orderDate()));
        m.put("InvoiceDueDate", DearDates.date(sale.orderDate().plusDays(30)));
        m.put("CurrencyConversionRate", 1);
        m.put("LinkedFulfillmentNumber", "1");
        m.put("Lines", List.of());
        m.put("AdditionalCharges", List.of());
        m.put("Payments", List.of());
        return List.of(m);
    }

    /** {@code CombinedInvoiceStatus}: a free string in DEAR (docs/dear-api.md §3.4); these are the values its examples show. */
    public static String combined(Sale sale) {
        if (!sale.authorised()) {
            return NOT_AVAILABLE;
        }
        return creditable(sale) ? "INVOICED" : "NOT INVOICED";
    }
}
