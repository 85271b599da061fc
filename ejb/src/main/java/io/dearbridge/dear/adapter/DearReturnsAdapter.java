package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.CreditNote;
import io.dearbridge.dear.model.CreditNoteLine;
import io.dearbridge.dear.model.CreditNoteList;
import io.dearbridge.dear.model.DearJson;
import io.dearbridge.dear.model.InvoiceSummary;
import io.dearbridge.dear.model.OrderLine;
import io.dearbridge.dear.model.RestockLine;
import io.dearbridge.dear.model.Sale;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.returns.CreditNoteAnswer;
import io.dearbridge.returns.DearReturnsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link DearReturnsGateway} over the DEAR client: builds {@code POST sale/creditnote} bodies (docs/dear-api.md §6.2,
 * fixtures/creditnote-request.json) from the sale as DEAR has it: the invoice being credited, the order lines'
 * prices and tax rules, and the sale's location as where the goods were shipped from.
 */
@ApplicationScoped
public class DearReturnsAdapter implements DearReturnsGateway {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    DearClient dear;

    record ReadSale(Sale sale) implements SaleForCredit {

        @Override
        public List<SaleSnapshot.CreditNote> creditNotes() {
            return sale.creditNotes().stream().map(SaleTranslator::creditNote).toList();
        }

        @Override
        public boolean invoiced() {
            return sale.invoices().stream().anyMatch(i -> "AUTHORISED".equalsIgnoreCase(i.status())
                    || "PAID".equalsIgnoreCase(i.status()));
        }

        @Override
        public boolean advanced() {
            return "Advanced Sale".equalsIgnoreCase(sale.type());
        }

        @Override
        public java.time.Instant lastModifiedOn() {
            return sale.lastModifiedOn();
        }
    }

    @Override
    public SaleForCredit read(DearAccount account, String saleId) {
        return new ReadSale(dear.sale(account, saleId));
    }

    @Override
    public CreditNoteAnswer create(DearAccount account, SaleForCredit read, String reference,
                                   List<ReceivedLine> lines) {
        Sale sale = ((ReadSale) read).sale();
        Map<String, BigDecimal> credited = new LinkedHashMap<>();
        lines.forEach(l -> credited.merge(l.sku(), l.quantity(), BigDecimal::add));
        List<CreditNoteLine> creditLines = new ArrayList<>();
        credited.forEach((sku, qty) -> creditLines.add(creditLine(sale, sku, qty)));
        List<RestockLine> restock = lines.stream().filter(ReceivedLine::restocked)
                .map(l -> restockLine(sale, l.productId(), l.sku(), l.name(), l.quantity(), l.location())).toList();
        CreditNote body = new CreditNote(sale.id(), CreditNote.NEW_TASK, false, invoiceNumber(sale),
                memo(reference), "AUTHORISED", today(), null, BigDecimal.ONE, creditLines, List.of(), restock,
                null, null, null);
        CreditNoteList answer = dear.createCreditNote(account, body);
        CreditNote note = answer.creditNotes().stream().filter(n -> n.memo() != null && n.memo().contains(reference))
                .findFirst().orElseGet(() -> answer.creditNotes().isEmpty() ? null : answer.creditNotes().get(0));
        if (note == null) {
            throw new IllegalStateException("DEAR answered POST sale/creditnote for sale " + sale.id()
                    + " without a credit note");
        }
        return answer(note, answer);
    }

    @Override
    public CreditNoteAnswer addRestock(DearAccount account, SaleForCredit read, String taskId,
                                       List<ReceivedLine> restocked, Map<String, BigDecimal> shortfall) {
        Sale sale = ((ReadSale) read).sale();
        CreditNote note = sale.creditNotes().stream().filter(n -> taskId.equalsIgnoreCase(n.taskId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Credit note " + taskId + " is not on sale " + sale.id()));
        List<RestockLine> restock = new ArrayList<>(note.restock());
        shortfall.forEach((sku, qty) -> {
            Optional<ReceivedLine> line = restocked.stream().filter(l -> l.sku().equalsIgnoreCase(sku)).findFirst();
            restock.add(restockLine(sale, line.map(ReceivedLine::productId).orElse(null), sku,
                    line.map(ReceivedLine::name).orElse(null), qty, line.map(ReceivedLine::location).orElse(null)));
        });
        // DEAR's POST replaces the note's lines with what is sent (docs/dear-api.md §7), so the note goes back whole.
        CreditNote body = new CreditNote(sale.id(), note.taskId(), note.combineAdditionalCharges(),
                note.creditNoteInvoiceNumber(), note.memo(), note.status(), note.creditNoteDate(), null,
                note.creditNoteConversionRate(), note.lines(), note.additionalCharges(), restock, null, null, null);
        CreditNoteList answer = dear.createCreditNote(account, body);
        CreditNote updated = answer.creditNotes().stream().filter(n -> taskId.equalsIgnoreCase(n.taskId()))
                .findFirst().orElse(note);
        return answer(updated, answer);
    }

    private static CreditNoteAnswer answer(CreditNote note, CreditNoteList raw) {
        return new CreditNoteAnswer(note.taskId() == null ? null : note.taskId().toLowerCase(Locale.ROOT),
                note.creditNoteNumber(), note.status(), DearJson.write(raw));
    }

    /** The invoice being credited: an AUTHORISED or PAID one; else whatever DEAR has, and DEAR decides. */
    static String invoiceNumber(Sale sale) {
        return sale.invoices().stream().filter(i -> "AUTHORISED".equalsIgnoreCase(i.status())
                        || "PAID".equalsIgnoreCase(i.status())).map(InvoiceSummary::invoiceNumber).findFirst()
                .orElseGet(() -> sale.invoices().stream().map(InvoiceSummary::invoiceNumber).findFirst().orElse(null));
    }

    static String memo(String reference) {
        return "Dock return " + reference + " (DEAR Warehouse Bridge)";
    }

    /** Credited at the order's price, discount and tax rule; tax in proportion to the order line's. */
    private static CreditNoteLine creditLine(Sale sale, String sku, BigDecimal qty) {
        OrderLine ordered = orderLine(sale, sku);
        if (ordered == null) {
            return new CreditNoteLine(null, sku, null, qty, null, null, null, null, null, null, null, null);
        }
        BigDecimal price = nz(ordered.price());
        BigDecimal discount = nz(ordered.discount());
        BigDecimal total = price.multiply(qty).multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 2,
                RoundingMode.HALF_UP);
        BigDecimal tax = ordered.quantity() == null || ordered.quantity().signum() == 0 ? BigDecimal.ZERO
                : nz(ordered.tax()).multiply(qty).divide(ordered.quantity(), 2, RoundingMode.HALF_UP);
        return new CreditNoteLine(ordered.productId(), ordered.sku(), ordered.name(), qty, price, discount, tax, total,
                ordered.taxRule(), null, "Returned to the warehouse", ordered.averageCost());
    }

    private static RestockLine restockLine(Sale sale, String productId, String sku, String name, BigDecimal qty,
                                           String restockLocation) {
        OrderLine ordered = orderLine(sale, sku);
        return new RestockLine(productId != null ? productId : ordered == null ? null : ordered.productId(),
                ordered == null ? sku : ordered.sku(), name != null ? name : ordered == null ? null : ordered.name(),
                sale.location(), null, qty, null, null, restockLocation, null);
    }

    private static OrderLine orderLine(Sale sale, String sku) {
        if (sale.order() == null) {
            return null;
        }
        return sale.order().lines().stream().filter(l -> l.sku() != null && l.sku().equalsIgnoreCase(sku))
                .findFirst().orElse(null);
    }

    private static Instant today() {
        return LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
