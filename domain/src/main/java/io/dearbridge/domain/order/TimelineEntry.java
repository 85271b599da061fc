package io.dearbridge.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to an order, and who made it happen. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntry {

    /** Who caused the entry. */
    public enum Source { DEAR, WAREHOUSE, BRIDGE, OPERATOR }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_timeline_ids")
    @SequenceGenerator(name = "order_timeline_ids", sequenceName = "order_timeline_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private WarehouseOrder order;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "what", nullable = false, length = 1000)
    private String what;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private Source source;

    protected TimelineEntry() {
    }

    TimelineEntry(WarehouseOrder order, Instant at, String what, Source source) {
        this.order = order;
        this.at = at;
        this.what = what.length() > 1000 ? what.substring(0, 999) + "…" : what;
        this.source = source;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String what() { return what; }
    public Source source() { return source; }
}
