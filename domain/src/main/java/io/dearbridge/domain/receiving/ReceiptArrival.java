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
 * One delivery the warehouse received against a receipt, and how far its push to DEAR went. The bridge writes
 * {@link #reference} where DEAR keeps it, so that it recognises its own stock after a lost answer.
 */
@Entity
@Table(name = "receipt_arrival")
public class ReceiptArrival {

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
    private ReceiptArrivalStatus status;

    @Column(name = "status_reason", length = 1024)
    private String statusReason;

    @Column(name = "dear_task_id", length = 64)
    private String dearTaskId;

    @Column(name = "received_by", length = 128)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ElementCollection
    @CollectionTable(name = "receipt_arrival_line", joinColumns = @JoinColumn(name = "arrival_id"))
    @OrderColumn(name = "line_no")
    private List<ReceiptArrivalLine> lines = new ArrayList<>();

    protected ReceiptArrival() {
    }

    /** Use {@link Receipt#addArrival}, which keeps the receipt's status in step. */
    ReceiptArrival(Receipt receipt, String reference, List<ReceiptArrivalLine> lines, String by, Instant now) {
        this.receipt = Objects.requireNonNull(receipt, "receipt");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.lines.addAll(lines);
        this.status = ReceiptArrivalStatus.RECORDED;
        this.receivedBy = by;
        this.receivedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves the arrival on (the receipt's status follows through {@link Receipt#settle}). */
    public void moveTo(ReceiptArrivalStatus to, String reason, Instant now) {
        this.status = Objects.requireNonNull(to, "status");
        this.statusReason = reason;
        this.updatedAt = now;
        if (to == ReceiptArrivalStatus.SENT || to == ReceiptArrivalStatus.IN_DEAR) {
            this.sentAt = sentAt == null ? now : sentAt;
        }
    }

    /** The DEAR task this arrival's stock went to. */
    public void sentTo(String taskId, Instant now) {
        this.dearTaskId = taskId;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Receipt receipt() { return receipt; }
    public String reference() { return reference; }
    public ReceiptArrivalStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public String dearTaskId() { return dearTaskId; }
    public String receivedBy() { return receivedBy; }
    public Instant receivedAt() { return receivedAt; }
    public Instant sentAt() { return sentAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The lines, live: C's push bookkeeping marks them with {@link ReceiptArrivalLine#pushed}. */
    public List<ReceiptArrivalLine> lines() { return lines; }
}
