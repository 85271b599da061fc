package io.dearbridge.dear.adapter;

import io.dearbridge.dear.model.DearDates;
import io.dearbridge.dear.model.Purchase;
import io.dearbridge.dear.model.PurchaseDocument;
import io.dearbridge.dear.model.PurchaseInvoice;
import io.dearbridge.dear.model.PurchaseStockLine;
import io.dearbridge.dear.model.PurchaseStockTask;
import io.dearbridge.domain.receiving.Approach;
import io.dearbridge.domain.receiving.DearTaskKind;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.PurchaseType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DEAR's purchase document → the bridge's {@link PurchaseSnapshot} (docs/dear-api.md, purchases). The type comes from
 * the document's shape (stage blocks as arrays: Advanced), then its {@code Type}; invoices reduce to the best status
 * (the Invoice-first gate passes on AUTHORISED or PAID); for Advanced purchases both faces of each task are kept
 * (receiving and put-away mirror each other; the domain counts one). Tasks DEAR shows as NOT AVAILABLE with no lines
 * are left out.
 */
public final class PurchaseTranslator {

    /** DEAR's "no task" GUID. */
    static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

    private PurchaseTranslator() {
    }

    public static PurchaseSnapshot toSnapshot(PurchaseDocument doc) {
        Purchase p = doc.purchase();
        PurchaseType type = typeOf(doc);
        List<PurchaseSnapshot.OrderedLine> lines = new ArrayList<>();
        if (p.order() != null) {
            p.order().lines().forEach(l -> lines.add(new PurchaseSnapshot.OrderedLine(lower(l.productId()), l.sku(),
                    l.name(), l.quantity())));
        }
        List<PurchaseSnapshot.StockTask> tasks = new ArrayList<>();
        p.stockReceived().forEach(t -> task(p, t, DearTaskKind.STOCK_RECEIVED, tasks));
        if (type == PurchaseType.ADVANCED) {
            p.putAway().forEach(t -> task(p, t, DearTaskKind.PUT_AWAY, tasks));
        }
        String updatedRaw = p.lastUpdatedDate();
        Instant updated = DearDates.parseOrThrow(updatedRaw, "LastUpdatedDate");
        boolean serviceOnly = Boolean.TRUE.equals(p.isServiceOnly()) || upper(p.type()).contains("SERVICE");
        return new PurchaseSnapshot(lower(p.id()), type, Approach.of(p.approach()), p.orderNumber(), p.supplier(),
                lower(p.supplierId()), p.requiredBy(), p.location(), p.status(),
                p.order() == null ? null : p.order().status(), invoiceStatus(p.invoice()),
                p.combinedReceivingStatus(), updatedRaw, updated, dropShip(p.relatedDropShipSaleTask()), serviceOnly,
                p.note(), lines, tasks);
    }

    /** The shape decides (DEAR converts Simple to Advanced behind the bridge's back); else DEAR's {@code Type}. */
    static PurchaseType typeOf(PurchaseDocument doc) {
        if (doc.stagesAsArrays()) {
            return PurchaseType.ADVANCED;
        }
        String type = upper(doc.purchase().type());
        if (type.contains("ADVANCED")) {
            return PurchaseType.ADVANCED;
        }
        return PurchaseType.SIMPLE;
    }

    private static void task(Purchase p, PurchaseStockTask t, DearTaskKind kind, List<PurchaseSnapshot.StockTask> out) {
        if (t == null) {
            return;
        }
        String status = upper(t.status());
        if (t.lines().isEmpty() && (status.isEmpty() || "NOT AVAILABLE".equals(status))) {
            return;
        }
        String taskId = t.taskId() == null || t.taskId().isBlank() ? p.id() : t.taskId();
        List<PurchaseSnapshot.StockLine> lines = new ArrayList<>();
        for (PurchaseStockLine l : t.lines()) {
            lines.add(new PurchaseSnapshot.StockLine(lower(l.cardId()), lower(l.productId()), l.sku(), l.name(),
                    l.quantity(), l.location(), lower(l.locationId()), l.batchSn(), day(l.expiryDate()),
                    day(l.date())));
        }
        out.add(new PurchaseSnapshot.StockTask(lower(taskId), kind, status, lines));
    }

    /** The best invoice status: PAID, else AUTHORISED, else the first one DEAR shows. */
    static String invoiceStatus(List<PurchaseInvoice> invoices) {
        List<String> statuses = invoices.stream().filter(i -> i != null).map(i -> upper(i.status())).toList();
        if (statuses.contains("PAID")) {
            return "PAID";
        }
        if (statuses.contains("AUTHORISED")) {
            return "AUTHORISED";
        }
        return statuses.isEmpty() ? "NOT AVAILABLE" : statuses.get(0);
    }

    private static String dropShip(String task) {
        return task == null || task.isBlank() || EMPTY_GUID.equals(task.trim()) ? null : task.trim();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    /** DEAR's GUIDs compared and stored lower-case, as the sale side does. */
    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
