package io.dearbridge.domain.receiving;

import io.dearbridge.domain.order.StorableText;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What DEAR shows of one stock task of the purchase (DEAR's view on the receipt page): a Simple purchase's one
 * stock-received document, or one face (receiving, put-away) of an Advanced purchase's task. Replaced whenever the
 * purchase is read.
 */
@Entity
@Table(name = "receipt_dear_task")
public class DearStockTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_id", nullable = false)
    private Receipt receipt;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DearTaskKind kind;

    @Column(name = "status", nullable = false, length = 40)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_by", nullable = false, length = 20)
    private EnteredBy enteredBy;

    @Column(name = "arrival_id")
    private Long arrivalId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    @ElementCollection
    @CollectionTable(name = "receipt_dear_line", joinColumns = @JoinColumn(name = "task_row_id"))
    @OrderColumn(name = "line_no")
    private List<DearStockLine> lines = new ArrayList<>();

    protected DearStockTask() {
    }

    DearStockTask(Receipt receipt, PurchaseSnapshot.StockTask task, EnteredBy enteredBy, Long arrivalId,
                  Instant now) {
        this.receipt = receipt;
        this.taskId = StorableText.fit(task.taskId(), 64);
        this.kind = task.kind();
        this.status = StorableText.fit(task.status(), 40);
        this.enteredBy = enteredBy;
        this.arrivalId = arrivalId;
        this.seenAt = now;
        task.lines().forEach(l -> lines.add(new DearStockLine(l)));
    }

    /** A later read of the same task: its status and lines as DEAR now shows them. */
    void refresh(PurchaseSnapshot.StockTask task, EnteredBy by, Long arrival, Instant now) {
        this.status = StorableText.fit(task.status(), 40);
        this.enteredBy = by;
        this.arrivalId = arrival;
        this.seenAt = now;
        lines.clear();
        task.lines().forEach(l -> lines.add(new DearStockLine(l)));
    }

    /** Re-attributes the task once an arrival of ours is known to have gone to it (or no longer has). */
    void attribute(EnteredBy by, Long arrival) {
        this.enteredBy = by;
        this.arrivalId = arrival;
    }

    public boolean authorised() {
        return "AUTHORISED".equals(status);
    }

    public Long id() { return id; }
    public String taskId() { return taskId; }
    public DearTaskKind kind() { return kind; }
    public String status() { return status; }
    public EnteredBy enteredBy() { return enteredBy; }
    public Long arrivalId() { return arrivalId; }
    public Instant seenAt() { return seenAt; }
    public List<DearStockLine> lines() { return List.copyOf(lines); }
}
