package io.dearbridge.simulator.creditnote;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.fulfilment.StageStatus;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.OrderLine;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleInvoice;
import io.dearbridge.simulator.sale.SaleEvent;
import io.dearbridge.simulator.sale.SaleLifecycle;
import io.dearbridge.simulator.sale.SaleStore;
import io.dearbridge.simulator.stock.Place;
import io.dearbridge.simulator.stock.Stockroom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sale/creditnote} (docs/dear-api.md §6.1): the all-zero TaskID creates a new credit note, another TaskID updates a
 * draft one; {@code AUTHORISED} restocks the {@code Restock[]} lines and fires {@code Sale/CreditNoteAuthorised}.
 *
 * DEAR requires an AUTHORISED or PAID invoice, named in {@code CreditNoteInvoiceNumber} (required, docs/dear-api.md
 * §6.2). The simulator's one invoice per sale is {@link SaleInvoice}. {@code DELETE sale/creditnote?TaskID=&Void=}
 * voids ({@code Void=true}) or undoes to DRAFT; DEAR's reference allows it on Advanced Sales only (docs/dear-api.md
 * §5), and a DEAR user (the UI) on any sale.
 */
public final class CreditNoteService {

    public static final String NEW_TASK = "00000000-0000-0000-0000-000000000000";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final SaleLifecycle lifecycle;

    public CreditNoteService(SaleLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Map<String, Object> list(SaleStore store, String saleId) {
        Sale sale = store.get(saleId);
        synchronized (sale) {
            return envelope(sale);
        }
    }

    /** What a DEAR user enters in the UI: DEAR fills in each line's price, tax and total from the sale. */
    public Map<String, Object> userWrite(SaleStore store, Map<String, Object> body) {
        Sale sale = store.get(Json.string(body, "SaleID"));
        List<Map<String, Object>> lines = new ArrayList<>();
        synchronized (sale) {
            for (Map<String, Object> l : Json.objects(body, "Lines")) {
                Map<String, Object> line = new java.util.LinkedHashMap<>(l);
                sale.line(Json.string(l, "SKU")).ifPresent(o -> {
                    BigDecimal qty = Json.decimal(l, "Quantity") == null ? BigDecimal.ONE : Json.decimal(l, "Quantity");
                    BigDecimal total = qty.multiply(o.price()).setScale(2, RoundingMode.HALF_UP);
                    line.putIfAbsent("Price", o.price());
                    line.putIfAbsent("Total", total);
                    line.putIfAbsent("Tax", total.multiply(OrderLine.GST).setScale(2, RoundingMode.HALF_UP));
                });
                lines.add(line);
            }
        }
        Map<String, Object> filled = new java.util.LinkedHashMap<>(body);
        filled.put("Lines", lines);
        return write(store, filled);
    }

    public Map<String, Object> write(SaleStore store, Map<String, Object> body) {
        Sale sale = store.get(Json.string(body, "SaleID"));
        boolean authorised;
        Map<String, Object> echo;
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is voided.");
            }
            if (!SaleInvoice.creditable(sale)) {
                throw DearException.badRequest("Invoice status must be AUTHORISED or PAID to save the credit note."
                        + " Current status: " + SaleInvoice.status(sale));
            }
            String invoiceNumber = Json.string(body, "CreditNoteInvoiceNumber");
            if (invoiceNumber == null || invoiceNumber.isBlank()) {
                throw DearException.badRequest("CreditNoteInvoiceNumber is required.");
            }
            if (!SaleInvoice.number(sale).equalsIgnoreCase(invoiceNumber.trim())) {
                throw DearException.badRequest("Invoice " + invoiceNumber + " not found on the sale.");
            }
            String taskId = Json.string(body, "TaskID");
            CreditNote note;
            if (taskId == null || NEW_TASK.equals(taskId.trim())) {
                note = null;
            } else {
                note = sale.creditNotes().stream().filter(c -> c.taskId().equalsIgnoreCase(taskId.trim())).findFirst()
                        .orElseThrow(() -> DearException.badRequest("Credit note with TaskID " + taskId + " not found."));
                if (!StageStatus.open(note.status())) {
                    throw DearException.badRequest("Credit note status must be DRAFT or NOT AVAILABLE to save the"
                            + " credit note. Current status: " + note.status());
                }
            }
            String status = Json.string(body, "Status");
            status = status == null ? StageStatus.DRAFT : status.trim().toUpperCase();
            if (!StageStatus.DRAFT.equals(status) && !StageStatus.AUTHORISED.equals(status)) {
                throw DearException.badRequest("Status must be DRAFT or AUTHORISED.");
            }
            String date = Json.string(body, "CreditNoteDate");
            if (date == null || date.isBlank()) {
                throw DearException.badRequest("CreditNoteDate is required.");
            }
            BigDecimal rate = Json.decimal(body, "CreditNoteConversionRate");
            if (rate != null && rate.compareTo(sale.currencyRate()) != 0) {
                throw DearException.badRequest("CreditNoteConversionRate " + rate.toPlainString()
                        + " does not match the sale's currency rate " + sale.currencyRate().toPlainString() + ".");
            }
            List<Map<String, Object>> lines = lines(sale, Json.objects(body, "Lines"), note);
            List<Map<String, Object>> restock = restock(sale, lifecycle.stockroom(sale), Json.objects(body, "Restock"));
            requireNoteTotals(body, lines);
            if (StageStatus.AUTHORISED.equals(status) && lines.isEmpty()) {
                throw DearException.badRequest("At least one line is required to authorise the credit note.");
            }
            if (note == null) {
                requireRoomForNote(sale);
                note = new CreditNote(lifecycle.newId(), store.nextCreditNoteNumber());
                sale.creditNotes().add(note);
            }
            note.write(status, SaleInvoice.number(sale), Json.string(body, "Memo"), date,
                    rate == null ? sale.currencyRate() : rate, lines, restock);
            if (StageStatus.AUTHORISED.equals(status)) {
                restockNow(lifecycle.stockroom(sale), restock);
            }
            lifecycle.changed(sale);
            authorised = StageStatus.AUTHORISED.equals(status);
            echo = note.toJson();
            echo.put("SaleID", sale.id());
        }
        if (authorised) {
            lifecycle.fire(sale, SaleEvent.CREDIT_NOTE_AUTHORISED);
        }
        return echo;
    }

    /**
     * {@code DELETE sale/creditnote?TaskID=&Void=}: {@code Void=true} voids an authorised or draft note for good,
     * {@code Void=false} (the default) takes an authorised note back to DRAFT. Neither fires a webhook:
     * docs/dear-api.md §2.4 lists no event for it.
     */
    public Map<String, Object> delete(SaleStore store, String taskId, boolean voidIt) {
        return change(store, taskId, voidIt, true);
    }

    /** What a DEAR user does in the UI: the same change, on any sale type. */
    public Map<String, Object> userVoid(SaleStore store, Sale sale, String taskId) {
        String task = taskId;
        if (task == null || task.isBlank()) {
            synchronized (sale) {
                task = sale.creditNotes().stream().filter(c -> !"VOIDED".equals(c.status()))
                        .reduce((a, b) -> b).map(CreditNote::taskId)
                        .orElseThrow(() -> DearException.badRequest("The sale has no credit note to void."));
            }
        }
        return change(store, task, true, false);
    }

    private Map<String, Object> change(SaleStore store, String taskId, boolean voidIt, boolean api) {
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("TaskID is required.");
        }
        Sale sale = store.all().stream().filter(s -> noteOf(s, taskId).isPresent()).findFirst()
                .orElseThrow(() -> DearException.badRequest("Credit note with TaskID " + taskId + " not found."));
        synchronized (sale) {
            if (api && !Sale.ADVANCED.equals(sale.type())) {
                throw DearException.badRequest("Credit note can be voided or undone only for an Advanced Sale.");
            }
            CreditNote note = noteOf(sale, taskId).orElseThrow();
            if ("VOIDED".equals(note.status())) {
                throw DearException.badRequest("Credit note is already voided.");
            }
            if (voidIt) {
                note.voidIt();
            } else if (StageStatus.AUTHORISED.equals(note.status())) {
                note.undo();
            } else {
                throw DearException.badRequest("Only an authorised credit note can be undone. Current status: "
                        + note.status());
            }
            lifecycle.changed(sale);
            Map<String, Object> m = Json.object();
            m.put("SaleID", sale.id());
            m.put("CreditNotes", List.of(note.toJson()));
            return m;
        }
    }

    /**
     * A Simple Sale keeps one credit note; several are an Advanced Sale feature (docs/dear-api.md §3.4, "Simple Sale
     * (one invoice/fulfilment/credit note)"). A voided note no longer counts. The wording of DEAR's refusal is not
     * documented; this one names the rule.
     */
    private static void requireRoomForNote(Sale sale) {
        boolean live = sale.creditNotes().stream().anyMatch(c -> !"VOIDED".equals(c.status()));
        if (live && !Sale.ADVANCED.equals(sale.type())) {
            throw DearException.badRequest("A Simple Sale can have only one credit note. Use an Advanced Sale for"
                    + " several credit notes.");
        }
    }

    private static java.util.Optional<CreditNote> noteOf(Sale sale, String taskId) {
        synchronized (sale) {
            return sale.creditNotes().stream().filter(c -> c.taskId().equalsIgnoreCase(taskId.trim())).findFirst();
        }
    }

    /** Credited quantity per SKU may not exceed what was ordered, counting other live credit notes. */
    private static List<Map<String, Object>> lines(Sale sale, List<Map<String, Object>> raw, CreditNote replacing) {
        Map<String, BigDecimal> credited = new HashMap<>();
        for (CreditNote other : sale.creditNotes()) {
            if (other != replacing && !"VOIDED".equals(other.status())) {
                for (Map<String, Object> l : other.lines()) {
                    credited.merge(((String) l.get("SKU")).toUpperCase(), (BigDecimal) l.get("Quantity"), BigDecimal::add);
                }
            }
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> l : raw) {
            String sku = Json.string(l, "SKU");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("SKU is required on every credit note line.");
            }
            OrderLine ordered = sale.line(sku)
                    .orElseThrow(() -> DearException.badRequest("SKU " + sku + " is not on the sale."));
            BigDecimal qty = Json.decimal(l, "Quantity");
            if (qty == null || qty.signum() <= 0) {
                throw DearException.badRequest("Quantity must be greater than 0 for " + sku + ".");
            }
            BigDecimal total = credited.merge(ordered.sku().toUpperCase(), qty, BigDecimal::add);
            if (total.compareTo(ordered.quantity()) > 0) {
                throw DearException.badRequest("Cannot credit more of " + sku + " than was sold.");
            }
            BigDecimal price = Json.decimal(l, "Price");
            if (price == null || price.signum() < 0) {
                throw DearException.badRequest("Price is required for " + sku + ".");
            }
            BigDecimal discount = Json.decimal(l, "Discount") == null ? BigDecimal.ZERO : Json.decimal(l, "Discount");
            BigDecimal lineTotal = Json.decimal(l, "Total");
            BigDecimal expected = qty.multiply(price).multiply(HUNDRED.subtract(discount))
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            if (lineTotal == null || lineTotal.compareTo(expected) != 0) {
                throw DearException.badRequest("Total of " + sku + " must be " + expected.toPlainString()
                        + " (Quantity x Price less Discount), not " + (lineTotal == null ? "missing" : lineTotal.toPlainString()) + ".");
            }
            BigDecimal tax = Json.decimal(l, "Tax");
            BigDecimal expectedTax = lineTotal.multiply(OrderLine.GST).setScale(2, RoundingMode.HALF_UP);
            if (tax == null || tax.subtract(expectedTax).abs().compareTo(CENT) > 0) {
                throw DearException.badRequest("Tax of " + sku + " must be " + expectedTax.toPlainString()
                        + " for its tax rule, not " + (tax == null ? "missing" : tax.toPlainString()) + ".");
            }
            Map<String, Object> line = Json.object();
            line.put("ProductID", ordered.productId());
            line.put("SKU", ordered.sku());
            line.put("Name", ordered.name());
            line.put("Quantity", qty);
            line.put("Price", price);
            line.put("Discount", discount);
            line.put("Tax", tax);
            line.put("Total", lineTotal);
            line.put("TaxRule", "GST on Income");
            line.put("Account", orElse(Json.string(l, "Account"), "200"));
            line.put("Comment", orElse(Json.string(l, "Comment"), ""));
            line.put("AverageCost", ordered.averageCost());
            lines.add(line);
        }
        return lines;
    }

    /**
     * The note's totals, when the client sends them, must be its lines' sums (to the cent): DEAR checks the client's
     * figures rather than recomputing them (docs/dear-api.md §6.2).
     */
    private static void requireNoteTotals(Map<String, Object> body, List<Map<String, Object>> lines) {
        BigDecimal before = lines.stream().map(l -> (BigDecimal) l.get("Total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = lines.stream().map(l -> (BigDecimal) l.get("Tax")).reduce(BigDecimal.ZERO, BigDecimal::add);
        requireTotal(body, "TotalBeforeTax", before);
        requireTotal(body, "Tax", tax);
        requireTotal(body, "Total", before.add(tax));
    }

    private static void requireTotal(Map<String, Object> body, String field, BigDecimal expected) {
        BigDecimal sent = Json.decimal(body, field);
        if (sent != null && sent.subtract(expected).abs().compareTo(CENT) > 0) {
            throw DearException.badRequest(field + " must be " + expected.setScale(2, RoundingMode.HALF_UP)
                    .toPlainString() + " (the sum of the lines), not " + sent.toPlainString() + ".");
        }
    }

    /**
     * Restock lines go back into a place DEAR knows (RestockLocation or RestockLocationID, a location or
     * {@code "<Location>: <Bin>"}; the sale's location when neither is given), with the BatchSN of a batch-tracked
     * product (docs/dear-api.md §6.2, §4.3).
     */
    private static List<Map<String, Object>> restock(Sale sale, Stockroom room, List<Map<String, Object>> raw) {
        List<Map<String, Object>> lines = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            String sku = Json.string(l, "SKU");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("SKU is required on every restock line.");
            }
            OrderLine ordered = sale.line(sku)
                    .orElseThrow(() -> DearException.badRequest("SKU " + sku + " is not on the sale."));
            BigDecimal qty = Json.decimal(l, "Quantity");
            if (qty == null || qty.signum() <= 0) {
                throw DearException.badRequest("Restock quantity must be greater than 0 for " + sku + ".");
            }
            String where = "Restock line " + n + ": ";
            String restockName = Json.string(l, "RestockLocation");
            String restockId = Json.string(l, "RestockLocationID");
            Place place = blank(restockName) && blank(restockId)
                    ? room.locations().resolve(sale.location(), sale.locationId(), where)
                    : room.locations().resolve(restockName, restockId, where);
            String batch = Json.string(l, "BatchSN");
            if (room.stock().batchTracked(sku) && blank(batch)) {
                throw DearException.badRequest(where + "BatchSN is required for " + sku + ", which is batch tracked.");
            }
            Map<String, Object> line = Json.object();
            line.put("ProductID", ordered.productId());
            line.put("SKU", ordered.sku());
            line.put("Name", ordered.name());
            line.put("Location", orElse(Json.string(l, "Location"), sale.location()));
            line.put("LocationID", orElse(Json.string(l, "LocationID"), sale.locationId()));
            line.put("Quantity", qty);
            line.put("BatchSN", batch);
            line.put("ExpiryDate", Json.string(l, "ExpiryDate"));
            line.put("RestockLocation", place.name());
            line.put("RestockLocationID", place.locationId());
            lines.add(line);
        }
        return lines;
    }

    /** An authorised note puts its restock lines back into stock at once (docs/dear-api.md §6.4 step 3). */
    private static void restockNow(Stockroom room, List<Map<String, Object>> restock) {
        for (Map<String, Object> l : restock) {
            Place place = room.locations().resolve((String) l.get("RestockLocation"), null, "");
            room.stock().receive((String) l.get("SKU"), place, (String) l.get("BatchSN"),
                    (String) l.get("ExpiryDate"), (BigDecimal) l.get("Quantity"));
        }
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }

    private static Map<String, Object> envelope(Sale sale) {
        Map<String, Object> m = Json.object();
        m.put("SaleID", sale.id());
        m.put("CreditNotes", sale.creditNotes().stream().map(CreditNote::toJson).toList());
        return m;
    }

    private static String orElse(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }
}
