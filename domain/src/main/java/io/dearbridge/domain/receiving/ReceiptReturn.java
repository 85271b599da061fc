package io.dearbridge.domain.receiving;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Goods the warehouse sends back to the supplier of a receipt: exactly one DEAR purchase credit note, whose Unstock
 * lines quote the CardIDs of the received stock. {@link #reference} lets the bridge recognise its note.
 */
@Entity
@Table(name = "receipt_return")
public class ReceiptReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_id", nullable = false)
    private Receipt receipt;

    @Column(name = "reference", nullable = false, length = 64)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ReceiptReturnStatus status;

    @Column(name = "status_reason", length = 1024)
    private String statusReason;

    @Column(name = "credit_note_task_id", length = 64)
    private String creditNoteTaskId;

    @Column(name = "credit_note_number", length = 64)
    private String creditNoteNumber;

    @Column(name = "credit_note_status", length = 40)
    private String creditNoteStatus;

    @Column(name = "requested_by", length = 128)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "receipt_return_line", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "line_no")
    private List<ReceiptReturnLine> lines = new ArrayList<>();

    protected ReceiptReturn() {
    }

    /** Use {@link Receipt#addReturn}. */
    ReceiptReturn(Receipt receipt, String reference, List<ReceiptReturnLine> lines, String by, Instant now) {
        this.receipt = Objects.requireNonNull(receipt, "receipt");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.lines.addAll(lines);
        this.status = ReceiptReturnStatus.RECORDED;
        this.requestedBy = by;
        this.requestedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void moveTo(ReceiptReturnStatus to, String reason, Instant now) {
        this.status = Objects.requireNonNull(to, "status");
        this.statusReason = reason;
        this.updatedAt = now;
    }

    /** DEAR shows the credit note. */
    public void creditNote(String taskId, String number, String dearStatus, Instant now) {
        this.creditNoteTaskId = taskId;
        this.creditNoteNumber = number;
        this.creditNoteStatus = dearStatus;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Receipt receipt() { return receipt; }
    public String reference() { return reference; }
    public ReceiptReturnStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public String creditNoteTaskId() { return creditNoteTaskId; }
    public String creditNoteNumber() { return creditNoteNumber; }
    public String creditNoteStatus() { return creditNoteStatus; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<ReceiptReturnLine> lines() { return List.copyOf(lines); }
}
