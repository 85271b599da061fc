package io.dearbridge.domain.order;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the warehouse reported for one stage of one fulfilment: the pick (lines with location, batch,
 * expiry), the pack (lines with their box), the shipment (date, carrier, tracking, boxes) or a later
 * tracking change. A shipment's id is the {@code shipmentId} of the warehouse API.
 */
@Entity
@Table(name = "fulfilment_record")
public class FulfilmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "fulfilment_id", nullable = false)
    private Fulfilment fulfilment;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    /** A pick DEAR makes itself (AutoPickMode AUTOPICK); its lines are DEAR's choice once confirmed. */
    @Column(name = "autopick", nullable = false)
    private boolean autopick;

    @ElementCollection
    @CollectionTable(name = "fulfilment_record_line", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "line_no")
    private List<StageLine> lines = new ArrayList<>();

    @Column(name = "carrier", length = 256)
    private String carrier;

    @Column(name = "tracking_number", length = 256)
    private String trackingNumber;

    @Column(name = "tracking_url", length = 1024)
    private String trackingUrl;

    @Column(name = "ship_date")
    private LocalDate shipDate;

    /** For TRACKING: the shipment record whose tracking it changes. */
    @Column(name = "shipment_record_id")
    private Long shipmentRecordId;

    @Column(name = "recorded_by", length = 128)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FulfilmentRecord() {
    }

    private FulfilmentRecord(Fulfilment fulfilment, Stage stage, List<StageLine> lines, String recordedBy,
                             Instant recordedAt) {
        this.fulfilment = Objects.requireNonNull(fulfilment, "fulfilment");
        this.stage = stage;
        this.lines = new ArrayList<>(lines);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static FulfilmentRecord pick(Fulfilment fulfilment, List<StageLine> lines, boolean autopick, String by,
                                 Instant now) {
        FulfilmentRecord record = new FulfilmentRecord(fulfilment, Stage.PICK, lines, by, now);
        record.autopick = autopick;
        return record;
    }

    static FulfilmentRecord pack(Fulfilment fulfilment, List<StageLine> lines, String by, Instant now) {
        return new FulfilmentRecord(fulfilment, Stage.PACK, lines, by, now);
    }

    static FulfilmentRecord ship(Fulfilment fulfilment, ShipmentDetails details, List<String> boxes, String by,
                                 Instant now) {
        FulfilmentRecord record = new FulfilmentRecord(fulfilment, Stage.SHIP,
                boxes.stream().map(StageLine::box).toList(), by, now);
        record.carrier = details.carrier();
        record.trackingNumber = details.trackingNumber();
        record.trackingUrl = details.trackingUrl();
        record.shipDate = details.shipDate();
        return record;
    }

    static FulfilmentRecord tracking(FulfilmentRecord shipment, String carrier, String trackingNumber,
                                     String trackingUrl, String by, Instant now) {
        FulfilmentRecord record = new FulfilmentRecord(shipment.fulfilment, Stage.TRACKING, shipment.lines, by, now);
        record.shipmentRecordId = shipment.id;
        record.carrier = carrier;
        record.trackingNumber = trackingNumber;
        record.trackingUrl = trackingUrl;
        record.shipDate = shipment.shipDate;
        return record;
    }

    /** DEAR picked by itself: keep what it chose, so the pack repeats exactly that. */
    public void confirmAutopick(List<StageLine> dearLines) {
        if (autopick && !dearLines.isEmpty()) {
            lines = new ArrayList<>(dearLines);
        }
    }

    /**
     * DEAR's ship answer: the ID it gave each box's line, so a later tracking change updates those lines instead of
     * adding new ones. Boxes are matched by name, each ID used once.
     */
    public void rememberShipLines(List<java.util.Map.Entry<String, String>> boxIds) {
        List<java.util.Map.Entry<String, String>> unused = new ArrayList<>(boxIds);
        List<StageLine> updated = new ArrayList<>();
        for (StageLine line : lines) {
            var match = unused.stream().filter(e -> Objects.equals(e.getKey(), line.box())).findFirst();
            match.ifPresent(unused::remove);
            updated.add(match.map(e -> line.shippedAs(e.getValue())).orElse(line));
        }
        lines = updated;
    }

    public ShipmentDetails shipment() {
        return new ShipmentDetails(carrier, trackingNumber, trackingUrl, shipDate);
    }

    public Long id() { return id; }
    public Fulfilment fulfilment() { return fulfilment; }
    public Stage stage() { return stage; }
    public boolean autopick() { return autopick; }
    public List<StageLine> lines() { return List.copyOf(lines); }
    public List<String> boxes() {
        return lines.stream().map(StageLine::box).filter(Objects::nonNull).distinct().toList();
    }
    public String carrier() { return carrier; }
    public String trackingNumber() { return trackingNumber; }
    public String trackingUrl() { return trackingUrl; }
    public LocalDate shipDate() { return shipDate; }
    public Long shipmentRecordId() { return shipmentRecordId; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
