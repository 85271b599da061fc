package io.dearbridge.simulator.control;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.creditnote.CreditNoteService;
import io.dearbridge.simulator.fulfilment.Fulfilment;
import io.dearbridge.simulator.fulfilment.FulfilmentService;
import io.dearbridge.simulator.fulfilment.StageLine;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.fulfilment.StageStatus;
import io.dearbridge.simulator.sale.Address;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleEvent;
import io.dearbridge.simulator.sale.SaleInvoice;
import io.dearbridge.simulator.sale.SaleLifecycle;
import io.dearbridge.simulator.sale.SaleStore;
import io.dearbridge.simulator.time.DearDates;
import io.dearbridge.simulator.time.SimClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a person in the DEAR UI does, for tests and the demo. Stage actions go through the same rules as the API
 * (a DEAR user cannot pack an unpicked order either) and fire the same webhooks.
 */
public final class DearUserActions {

    public static final String CARRIER = "DEAR Courier";

    private final SaleLifecycle lifecycle;
    private final FulfilmentService fulfilments;
    private final CreditNoteService creditNotes;
    private final SimClock clock;
    private final AtomicLong trackingNumbers = new AtomicLong(100_000);

    public DearUserActions(SaleLifecycle lifecycle, FulfilmentService fulfilments, CreditNoteService creditNotes,
                           SimClock clock) {
        this.lifecycle = lifecycle;
        this.fulfilments = fulfilments;
        this.creditNotes = creditNotes;
        this.clock = clock;
    }

    /** AUTOPICK of the task: everything still pickable, from the sale's location. */
    public void pick(SaleStore store, Sale sale, Map<String, Object> spec) {
        Map<String, Object> body = Json.object();
        body.put("TaskID", task(sale, spec));
        body.put("AutoPickMode", "AUTOPICK");
        fulfilments.pick(store, body);
    }

    /** Packs everything picked into one box. */
    public void pack(SaleStore store, Sale sale, Map<String, Object> spec) {
        String taskId = task(sale, spec);
        List<Map<String, Object>> lines = new ArrayList<>();
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            for (StageLine l : f.pickLines()) {
                Map<String, Object> line = Json.object();
                line.put("SKU", l.sku());
                line.put("Location", l.location());
                line.put("LocationID", l.locationId());
                line.put("Quantity", l.quantity());
                line.put("BatchSN", l.batchSN());
                line.put("Box", "CTN-1");
                lines.add(line);
            }
        }
        Map<String, Object> body = Json.object();
        body.put("TaskID", taskId);
        body.put("Status", "AUTHORISED");
        body.put("Lines", lines);
        fulfilments.pack(store, body);
    }

    /** Ships the box with DEAR Courier and a made-up tracking number. */
    public void ship(SaleStore store, Sale sale, Map<String, Object> spec) {
        Map<String, Object> line = Json.object();
        line.put("ShipmentDate", DearDates.date(today()));
        line.put("Carrier", CARRIER);
        line.put("Box", "CTN-1");
        line.put("TrackingNumber", "DC" + trackingNumbers.incrementAndGet() + "AU");
        line.put("IsShipped", true);
        Map<String, Object> body = Json.object();
        body.put("TaskID", task(sale, spec));
        body.put("Status", "AUTHORISED");
        body.put("Lines", List.of(line));
        fulfilments.ship(store, body, false);
    }

    /** Changes the tracking number (and carrier) of the task's first ship line, as AddTrackingNumbers does. */
    public void tracking(SaleStore store, Sale sale, Map<String, Object> spec) {
        String number = Json.string(spec, "trackingNumber");
        if (number == null || number.isBlank()) {
            throw DearException.badRequest("trackingNumber is required.");
        }
        String taskId = task(sale, spec);
        Map<String, Object> line = Json.object();
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            if (!f.shipLines().isEmpty()) {
                line.put("ID", f.shipLines().get(0).id());
            }
        }
        line.put("ShipmentDate", DearDates.date(today()));
        line.put("TrackingNumber", number);
        line.put("Carrier", Json.string(spec, "carrier"));
        Map<String, Object> body = Json.object();
        body.put("TaskID", taskId);
        body.put("AddTrackingNumbers", true);
        body.put("Lines", List.of(line));
        fulfilments.userTracking(store, body);
    }

    /** An authorised credit note for the given SKUs (default: one of the first line), optionally restocked. */
    public void creditNote(SaleStore store, Sale sale, Map<String, Object> spec) {
        List<Map<String, Object>> requested = Json.objects(spec, "lines");
        List<Map<String, Object>> lines = new ArrayList<>();
        if (requested.isEmpty()) {
            synchronized (sale) {
                lines.add(line(sale.lines().get(0).sku(), BigDecimal.ONE));
            }
        } else {
            for (Map<String, Object> r : requested) {
                BigDecimal qty = Json.decimal(r, "quantity");
                lines.add(line(Json.string(r, "sku"), qty == null ? BigDecimal.ONE : qty));
            }
        }
        Map<String, Object> body = Json.object();
        body.put("SaleID", sale.id());
        body.put("TaskID", CreditNoteService.NEW_TASK);
        body.put("Status", "AUTHORISED");
        body.put("CreditNoteDate", DearDates.date(today()));
        body.put("Memo", "Return entered in DEAR");
        synchronized (sale) {
            body.put("CreditNoteInvoiceNumber", SaleInvoice.number(sale));
        }
        body.put("Lines", lines);
        Boolean restock = Json.bool(spec, "restock");
        body.put("Restock", restock == null || restock ? lines : List.of());
        creditNotes.userWrite(store, body);
    }

    /** A DEAR user changes a fulfilment's ship-to address (and notes) on its ship tab before shipping. */
    public void shipTo(Sale sale, Map<String, Object> spec) {
        Object raw = Json.get(spec, "shippingAddress");
        if (!(raw instanceof Map<?, ?>)) {
            throw DearException.badRequest("shippingAddress is required.");
        }
        String taskId = task(sale, spec);
        synchronized (sale) {
            Fulfilment f = sale.fulfilment(taskId).orElseThrow();
            if (StageStatus.shipDone(f.shipStatus())) {
                throw DearException.badRequest("The shipment is already authorised.");
            }
            f.shipTo(Address.fromJson(Json.asObject(raw, "shippingAddress")), Json.string(spec, "shippingNotes"));
            lifecycle.changed(sale);
        }
    }

    public void addFulfilment(SaleStore store, Sale sale) {
        Map<String, Object> body = Json.object();
        body.put("SaleID", sale.id());
        fulfilments.create(store, body);
    }

    /** {@code DELETE sale/fulfilment} of the task named in {@code taskId} (an Advanced Sale's only). */
    public void deleteFulfilment(SaleStore store, Sale sale, Map<String, Object> spec, boolean voidIt) {
        String taskId = Json.string(spec, "taskId");
        if (taskId == null || taskId.isBlank()) {
            throw DearException.badRequest("taskId is required.");
        }
        fulfilments.delete(store, taskId, voidIt);
    }

    /** Voids a credit note in the UI ({@code taskId}, default the newest live one); fires no webhook. */
    public void voidCreditNote(SaleStore store, Sale sale, Map<String, Object> spec) {
        creditNotes.userVoid(store, sale, Json.string(spec, "taskId"));
    }

    /**
     * Sets the sale's invoice status ({@code DRAFT}, {@code AUTHORISED}, {@code PAID} or {@code VOIDED}), as a DEAR
     * user does; an invoice that becomes AUTHORISED (or PAID) fires {@code Sale/InvoiceAuthorised}.
     */
    public void invoice(Sale sale, Map<String, Object> spec) {
        String status = Json.string(spec, "status");
        if (status == null || !List.of("DRAFT", "AUTHORISED", "PAID", "VOIDED").contains(status.trim().toUpperCase())) {
            throw DearException.badRequest("status must be DRAFT, AUTHORISED, PAID or VOIDED.");
        }
        boolean authorised;
        synchronized (sale) {
            boolean before = SaleInvoice.creditable(sale);
            sale.invoiceStatus(status.trim().toUpperCase());
            authorised = !before && SaleInvoice.creditable(sale);
        }
        lifecycle.touch(sale);
        if (authorised) {
            lifecycle.fire(sale, SaleEvent.INVOICE_AUTHORISED);
        }
    }

    /**
     * A payment entered in DEAR: {@code status} PAID (default), PREPAID or PARTIALLY PAID, and DEAR's webhook (full
     * or partial). With {@code leak} the sale keeps its {@code LastModifiedOn} and is only relisted, as DEAR does.
     */
    public void pay(Sale sale, Map<String, Object> spec, boolean leak) {
        String given = Json.string(spec, "status");
        String status = given == null ? "PAID" : given.trim().toUpperCase();
        if (!List.of("PAID", "PREPAID", "PARTIALLY PAID").contains(status)) {
            throw DearException.badRequest("status must be PAID, PREPAID or PARTIALLY PAID.");
        }
        synchronized (sale) {
            if (sale.voided()) {
                throw DearException.badRequest("Sale is voided; no payment can be entered.");
            }
            sale.paymentStatus(status);
            if (leak) {
                sale.relist(clock.now());
            } else {
                lifecycle.changed(sale);
            }
        }
        lifecycle.fire(sale, "PARTIALLY PAID".equals(status) ? SaleEvent.PARTIAL_PAYMENT : SaleEvent.FULL_PAYMENT);
    }

    /** A bulk change: every given sale gets the one {@code LastModifiedOn} answered, now; no webhook fires. */
    public java.time.Instant restamp(List<Sale> sales) {
        java.time.Instant at = clock.now();
        for (Sale sale : sales) {
            synchronized (sale) {
                sale.restamp(at);
            }
        }
        return at;
    }

    public SaleLifecycle lifecycle() {
        return lifecycle;
    }

    private static Map<String, Object> line(String sku, BigDecimal qty) {
        Map<String, Object> m = Json.object();
        m.put("SKU", sku);
        m.put("Quantity", qty);
        return m;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    private static String task(Sale sale, Map<String, Object> spec) {
        String taskId = Json.string(spec, "taskId");
        if (taskId != null && !taskId.isBlank()) {
            return taskId;
        }
        synchronized (sale) {
            if (sale.fulfilments().isEmpty()) {
                throw DearException.badRequest("Sale has no fulfilment; authorise the order first.");
            }
            return sale.fulfilments().get(0).taskId();
        }
    }
}
