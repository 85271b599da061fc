package io.dearbridge.domain.returns;

import io.dearbridge.domain.order.SaleSnapshot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A buyer's return and the one DEAR credit note it matches. An EXPECTED return comes from a credit note raised
 * in DEAR and waits for the goods; a dock return starts RECEIVED and gets its credit note from the bridge, which
 * writes {@link #reference} into the note's Memo so that it recognises the note after a lost answer.
 */
@Entity
@Table(name = "warehouse_return")
@NamedQuery(name = WarehouseReturn.BY_CREDIT_NOTE, query = "select r from WarehouseReturn r"
        + " where r.accountCode = :account and r.creditNoteTaskId = :taskId")
@NamedQuery(name = WarehouseReturn.BY_ORDER, query = "select r from WarehouseReturn r where r.orderId = :orderId"
        + " order by r.id")
public class WarehouseReturn {

    public static final String BY_CREDIT_NOTE = "WarehouseReturn.byCreditNote";
    public static final String BY_ORDER = "WarehouseReturn.byOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_code", nullable = false, length = 64)
    private String accountCode;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "sale_id", nullable = false, length = 64)
    private String saleId;

    @Column(name = "sale_order_number", length = 256)
    private String saleOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 20)
    private ReturnOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReturnStatus status;

    @Column(name = "reference", length = 64)
    private String reference;

    @Column(name = "credit_note_task_id", length = 64)
    private String creditNoteTaskId;

    @Column(name = "credit_note_number", length = 64)
    private String creditNoteNumber;

    @Column(name = "credit_note_status", length = 40)
    private String creditNoteStatus;

    @Column(name = "restock_location", length = 256)
    private String restockLocation;

    @Column(name = "received_by", length = 128)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "return_expected_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "line_no")
    private List<ExpectedLine> expected = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "return_received_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "line_no")
    private List<ReceivedLine> received = new ArrayList<>();

    protected WarehouseReturn() {
    }

    private WarehouseReturn(String accountCode, long orderId, String saleId, String saleOrderNumber,
                            ReturnOrigin origin, ReturnStatus status, Instant now) {
        this.accountCode = Objects.requireNonNull(accountCode, "accountCode");
        this.orderId = orderId;
        this.saleId = Objects.requireNonNull(saleId, "saleId");
        this.saleOrderNumber = saleOrderNumber;
        this.origin = origin;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A credit note authorised in DEAR: the warehouse should expect what it credits. */
    public static WarehouseReturn expect(String accountCode, long orderId, String saleId, String saleOrderNumber,
                                         SaleSnapshot.CreditNote note, Instant now) {
        WarehouseReturn r = new WarehouseReturn(accountCode, orderId, saleId, saleOrderNumber, ReturnOrigin.DEAR,
                ReturnStatus.EXPECTED, now);
        r.creditNoteTaskId = note.taskId();
        r.creditNoteNumber = note.number();
        r.creditNoteStatus = note.status();
        Map<String, BigDecimal> restocked = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        for (SaleSnapshot.RestockLine line : note.restock()) {
            restocked.merge(key(line.sku()), nz(line.quantity()), BigDecimal::add);
            where.putIfAbsent(key(line.sku()), line.restockLocation());
            if (r.restockLocation == null) {
                r.restockLocation = line.restockLocation();
            }
        }
        for (SaleSnapshot.CreditLine line : note.lines()) {
            BigDecimal restock = restocked.getOrDefault(key(line.sku()), BigDecimal.ZERO).min(nz(line.quantity()));
            restocked.computeIfPresent(key(line.sku()), (k, v) -> v.subtract(restock));
            r.expected.add(new ExpectedLine(line.productId(), line.sku(), line.name(), nz(line.quantity()), restock,
                    where.get(key(line.sku()))));
        }
        return r;
    }

    /** Goods that came back with no credit note: received now, credited once DEAR has the bridge's note. */
    public static WarehouseReturn dock(String accountCode, long orderId, String saleId, String saleOrderNumber,
                                       String reference, List<ReceivedLine> lines, String by, Instant now) {
        WarehouseReturn r = new WarehouseReturn(accountCode, orderId, saleId, saleOrderNumber, ReturnOrigin.DOCK,
                ReturnStatus.RECEIVED, now);
        r.reference = Objects.requireNonNull(reference, "reference");
        r.received.addAll(lines);
        r.receivedBy = by;
        r.receivedAt = now;
        r.restockLocation = lines.stream().filter(ReceivedLine::restocked).map(ReceivedLine::location)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return r;
    }

    /**
     * The warehouse received an expected return (lines checked by {@link ReturnDesk}). DEAR already has the
     * credit note, so the return is CREDITED unless the note lacks restock for what went back to stock; then it
     * is RECEIVED until that restock is pushed.
     */
    public void receive(List<ReceivedLine> lines, String by, Instant now) {
        if (status != ReturnStatus.EXPECTED) {
            throw ReturnRejected.conflict("Return " + id + " is " + status + "; only an EXPECTED return can be received.");
        }
        received.clear();
        received.addAll(lines);
        receivedBy = by;
        receivedAt = now;
        status = restockShortfall().isEmpty() ? ReturnStatus.CREDITED : ReturnStatus.RECEIVED;
        updatedAt = now;
    }

    /** Per SKU, what went back to stock beyond what DEAR's credit note restocks (empty for dock returns' notes). */
    public Map<String, BigDecimal> restockShortfall() {
        Map<String, BigDecimal> shortfall = new LinkedHashMap<>();
        for (ReceivedLine line : received) {
            if (line.restocked()) {
                shortfall.merge(key(line.sku()), line.quantity(), BigDecimal::add);
            }
        }
        for (ExpectedLine line : expected) {
            shortfall.computeIfPresent(key(line.sku()), (k, v) -> v.subtract(line.restockQuantity()));
        }
        shortfall.values().removeIf(v -> v.signum() <= 0);
        return shortfall;
    }

    /** DEAR shows the credit note (and restock) for what was received. Answers whether anything changed. */
    public boolean credited(String taskId, String number, String dearStatus, Instant now) {
        boolean changed = !Objects.equals(creditNoteTaskId, taskId) || status != ReturnStatus.CREDITED;
        if (status == ReturnStatus.CANCELLED) {
            return false;
        }
        creditNoteTaskId = taskId;
        creditNoteNumber = number;
        creditNoteStatus = dearStatus;
        if (status == ReturnStatus.RECEIVED || status == ReturnStatus.WAITING_INVOICE
                || status == ReturnStatus.CREDIT_IN_DEAR) {
            status = ReturnStatus.CREDITED;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** The sale has no authorised invoice yet: the dock return waits for it. Answers whether anything changed. */
    public boolean waitForInvoice(Instant now) {
        return park(ReturnStatus.WAITING_INVOICE, now);
    }

    /** The invoice arrived: the waiting return is RECEIVED again, for its credit note. Answers whether it waited. */
    public boolean invoiceArrived(Instant now) {
        if (status != ReturnStatus.WAITING_INVOICE) {
            return false;
        }
        status = ReturnStatus.RECEIVED;
        updatedAt = now;
        return true;
    }

    /** A Simple Sale that already has a credit note takes no second one: an operator credits it in DEAR. */
    public boolean creditInDear(Instant now) {
        return park(ReturnStatus.CREDIT_IN_DEAR, now);
    }

    /** The operator credited it in DEAR and says so. */
    public void markedCreditedInDear(Instant now) {
        if (status != ReturnStatus.CREDIT_IN_DEAR) {
            throw ReturnRejected.conflict("Return " + id + " is " + status + "; only a return to credit in DEAR can be"
                    + " marked done.");
        }
        status = ReturnStatus.CREDITED;
        updatedAt = now;
    }

    private boolean park(ReturnStatus to, Instant now) {
        if (status != ReturnStatus.RECEIVED && status != ReturnStatus.WAITING_INVOICE) {
            return false;
        }
        boolean changed = status != to;
        status = to;
        updatedAt = now;
        return changed;
    }

    /** The credit note was voided in DEAR: an expected return is cancelled. Answers whether it was. */
    public boolean creditNoteVoided(Instant now) {
        creditNoteStatus = "VOIDED";
        updatedAt = now;
        if (status == ReturnStatus.EXPECTED) {
            status = ReturnStatus.CANCELLED;
            return true;
        }
        return false;
    }

    /** How much of a SKU this return takes off what may still be returned. */
    public BigDecimal quantityOf(String sku) {
        if (status == ReturnStatus.CANCELLED) {
            return BigDecimal.ZERO;
        }
        List<BigDecimal> quantities = !received.isEmpty()
                ? received.stream().filter(l -> key(l.sku()).equals(key(sku))).map(ReceivedLine::quantity).toList()
                : expected.stream().filter(l -> key(l.sku()).equals(key(sku))).map(ExpectedLine::quantity).toList();
        return quantities.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the credit note for this return must credit, per SKU. */
    public Map<String, BigDecimal> expectedBySku() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        expected.forEach(l -> m.merge(key(l.sku()), l.quantity(), BigDecimal::add));
        return m;
    }

    static String key(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    public Long id() { return id; }
    public String accountCode() { return accountCode; }
    public long orderId() { return orderId; }
    public String saleId() { return saleId; }
    public String saleOrderNumber() { return saleOrderNumber; }
    public ReturnOrigin origin() { return origin; }
    public ReturnStatus status() { return status; }
    public String reference() { return reference; }
    public String creditNoteTaskId() { return creditNoteTaskId; }
    public String creditNoteNumber() { return creditNoteNumber; }
    public String creditNoteStatus() { return creditNoteStatus; }
    public String restockLocation() { return restockLocation; }
    public String receivedBy() { return receivedBy; }
    public Instant receivedAt() { return receivedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<ExpectedLine> expected() { return List.copyOf(expected); }
    public List<ReceivedLine> received() { return List.copyOf(received); }
}
