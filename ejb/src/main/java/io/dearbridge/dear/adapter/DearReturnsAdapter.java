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
import io.dearbridge.dear.model.StockAdjustment;
import io.dearbridge.dear.model.StockAdjustmentLine;
import io.dearbridge.dear.model.StockAdjustmentList;
import io.dearbridge.domain.order.PickedBatches;
import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.returns.CreditNoteAnswer;
import io.dearbridge.returns.DearReturnsGateway;
import io.dearbridge.returns.RestockItem;
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

    /** stockadjustmentList page size: the most DEAR gives in one call (docs/dear-api.md §1.5). */
    static final int PAGE = 1000;

    record ReadSale(Sale sale) implements SaleForCredit {

        @Override
        public List<SaleSnapshot.CreditNote> creditNotes() {
            return sale.creditNotes().stream().map(SaleTranslator::creditNote).toList();
        }

        @Override
        public boolean invoiced() {
            return SaleTranslator.invoiced(sale);
        }

        @Override
        public boolean advanced() {
            return "Advanced Sale".equalsIgnoreCase(sale.type());
        }

        @Override
        public java.time.Instant lastModifiedOn() {
            return sale.lastModifiedOn();
        }

        @Override
        public String location() {
            return sale.location();
        }

        @Override
        public PickedBatches pickedBatches() {
            List<PickedBatches.Batch> picked = new ArrayList<>();
            sale.fulfilments().stream()
                    .filter(f -> !"VOIDED".equalsIgnoreCase(f.fulfilmentStatus()) && f.pick() != null
                            && "AUTHORISED".equalsIgnoreCase(f.pick().status()))
                    .flatMap(f -> f.pick().lines().stream())
                    .filter(l -> l.sku() != null && l.batchSn() != null && !l.batchSn().isBlank())
                    .forEach(l -> picked.add(new PickedBatches.Batch(l.sku(), l.batchSn().strip(),
                            l.expiryDate() == null ? null : LocalDate.ofInstant(l.expiryDate(), ZoneOffset.UTC),
                            nz(l.quantity()))));
            return new PickedBatches(picked);
        }

        @Override
        public Optional<Product> product(String sku) {
            return Optional.ofNullable(orderLine(sale, sku)).map(l -> new Product(l.productId(), l.sku(), l.name()));
        }
    }

    @Override
    public SaleForCredit read(DearAccount account, String saleId) {
        return new ReadSale(dear.sale(account, saleId));
    }

    @Override
    public CreditNoteAnswer create(DearAccount account, SaleForCredit read, String reference,
                                   List<ReceivedLine> lines, List<RestockItem> restockItems) {
        Sale sale = ((ReadSale) read).sale();
        Map<String, BigDecimal> credited = new LinkedHashMap<>();
        lines.forEach(l -> credited.merge(l.sku(), l.quantity(), BigDecimal::add));
        List<CreditNoteLine> creditLines = new ArrayList<>();
        credited.forEach((sku, qty) -> creditLines.add(creditLine(sale, sku, qty)));
        List<RestockLine> restock = restockItems.stream().map(i -> restockLine(sale, i)).toList();
        BigDecimal before = creditLines.stream().map(l -> nz(l.total())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = creditLines.stream().map(l -> nz(l.tax())).reduce(BigDecimal.ZERO, BigDecimal::add);
        // The note is in the sale's currency, converted at the sale's rate (docs/dear-api.md §6.2).
        BigDecimal rate = sale.currencyRate() == null || sale.currencyRate().signum() <= 0 ? BigDecimal.ONE
                : sale.currencyRate();
        CreditNote body = new CreditNote(sale.id(), CreditNote.NEW_TASK, false, invoiceNumber(sale),
                memo(reference), "AUTHORISED", today(), null, rate, creditLines, List.of(), restock,
                before, tax, before.add(tax));
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
    public Adjustment adjustStock(DearAccount account, SaleForCredit read, String reference, String creditNoteNumber,
                                  List<RestockItem> restock) {
        Sale sale = ((ReadSale) read).sale();
        List<StockAdjustmentLine> lines = restock.stream().map(i -> {
            OrderLine ordered = orderLine(sale, i.sku());
            return new StockAdjustmentLine(i.productId(), i.sku(), i.place().name(), i.place().locationId(),
                    i.quantity(), ordered == null ? BigDecimal.ZERO : nz(ordered.averageCost()), i.batch(),
                    ShipBodies.startOfDay(i.expiry()),
                    "Returned goods of credit note " + creditNoteNumber + " (sale " + sale.orderNumber() + ")");
        }).toList();
        StockAdjustment body = new StockAdjustment(null, null, today(), null, reference, StockAdjustment.COMPLETED,
                lines, null, null);
        StockAdjustment answer = dear.createStockAdjustment(account, body);
        if (answer == null) {
            throw new IllegalStateException("DEAR answered POST stockadjustment " + reference + " with no adjustment");
        }
        return adjustment(answer, DearJson.write(answer));
    }

    @Override
    public Optional<Adjustment> findAdjustment(DearAccount account, String reference) {
        for (int page = 1; ; page++) {
            // The bridge posts its adjustments COMPLETED: listing only those skips other users' drafts and voids.
            StockAdjustmentList list = dear.stockAdjustments(account, StockAdjustment.COMPLETED, page, PAGE);
            if (list == null) {
                return Optional.empty();
            }
            Optional<StockAdjustment> found = list.stockAdjustmentList().stream()
                    .filter(a -> reference.equalsIgnoreCase(a.reference() == null ? "" : a.reference().trim()))
                    .findFirst();
            if (found.isPresent()) {
                return found.map(a -> adjustment(a, DearJson.write(a)));
            }
            // A short page is the last; without a Total, a full page may have more behind it.
            if (list.stockAdjustmentList().size() < PAGE || (list.total() != null && page * PAGE >= list.total())) {
                return Optional.empty();
            }
        }
    }

    private static Adjustment adjustment(StockAdjustment a, String raw) {
        return new Adjustment(a.taskId() == null ? null : a.taskId().toLowerCase(Locale.ROOT), a.stocktakeNumber(),
                a.status(), raw);
    }

    private static CreditNoteAnswer answer(CreditNote note, CreditNoteList raw) {
        return new CreditNoteAnswer(note.taskId() == null ? null : note.taskId().toLowerCase(Locale.ROOT),
                note.creditNoteNumber(), note.status(), DearJson.write(raw));
    }

    /** The invoice being credited: an AUTHORISED or PAID one; else whatever DEAR has, and DEAR decides. */
    static String invoiceNumber(Sale sale) {
        return sale.invoices().stream().filter(SaleTranslator::creditable).map(InvoiceSummary::invoiceNumber).findFirst()
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

    /** Taken from where the sale shipped (its location), back in at the mapped place and the picked batch. */
    private static RestockLine restockLine(Sale sale, RestockItem item) {
        OrderLine ordered = orderLine(sale, item.sku());
        return new RestockLine(item.productId() != null ? item.productId() : ordered == null ? null : ordered.productId(),
                ordered == null ? item.sku() : ordered.sku(),
                item.name() != null ? item.name() : ordered == null ? null : ordered.name(),
                sale.location(), null, item.quantity(), item.batch(),
                ShipBodies.startOfDay(item.expiry()),
                item.place().name(), item.place().locationId());
    }

    private static OrderLine orderLine(Sale sale, String sku) {
        if (sale.order() == null) {
            return null;
        }
        return sale.order().lines().stream().filter(l -> l.sku() != null && l.sku().equalsIgnoreCase(sku))
                .findFirst().orElse(null);
    }

    private static Instant today() {
        return ShipBodies.startOfDay(LocalDate.now(ZoneOffset.UTC));
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
