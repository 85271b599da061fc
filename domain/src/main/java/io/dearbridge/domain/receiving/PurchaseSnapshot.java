package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One read of a DEAR purchase, as the bridge keeps it: DEAR's wire format is translated into this in
 * {@code io.dearbridge.dear.adapter}. Statuses are DEAR's strings, trimmed and upper-cased.
 *
 * @param invoiceStatus the best of the purchase's invoices: AUTHORISED when any is AUTHORISED or PAID
 * @param lastUpdatedRaw DEAR's {@code LastUpdatedDate} exactly as sent, for comparisons
 * @param tasks DEAR's stock faces: the stock-received document (Simple) or each task's receiving and put-away faces
 */
public record PurchaseSnapshot(String id, PurchaseType type, Approach approach, String orderNumber, String supplier,
                               String supplierId, Instant requiredBy, String location, String status,
                               String orderStatus, String invoiceStatus, String combinedReceivingStatus,
                               String lastUpdatedRaw, Instant lastUpdated, String dropShipTaskId,
                               boolean serviceOnly, String note, List<OrderedLine> lines, List<StockTask> tasks) {

    public PurchaseSnapshot {
        lines = lines == null ? List.of() : List.copyOf(lines);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        status = norm(status);
        orderStatus = norm(orderStatus);
        invoiceStatus = norm(invoiceStatus);
        combinedReceivingStatus = norm(combinedReceivingStatus);
    }

    /** One line of the purchase order (no line ID in DEAR). */
    public record OrderedLine(String productId, String sku, String name, BigDecimal quantity) {
    }

    /** STOCK_RECEIVED or PUT_AWAY face of a DEAR task, with its lines. */
    public record StockTask(String taskId, DearTaskKind kind, String status, List<StockLine> lines) {
        public StockTask {
            status = norm(status);
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public boolean authorised() {
            return "AUTHORISED".equals(status);
        }
    }

    /** A received (or put-away) line: DEAR's {@code CardID} is what a credit note's Unstock line must quote. */
    public record StockLine(String cardId, String productId, String sku, String name, BigDecimal quantity,
                            String location, String locationId, String batchSn, LocalDate expiryDate,
                            LocalDate receivedDate) {
    }

    /** The whole purchase is voided (DEAR's Status holds VOIDED; composite statuses exist, so "contains"). */
    public boolean voided() {
        return status.contains("VOIDED");
    }

    /** The order stage is authorised (an undo takes it back to DRAFT). */
    public boolean orderAuthorised() {
        return "AUTHORISED".equals(orderStatus);
    }

    /** DEAR shows an authorised (or paid) invoice: the Invoice-first gate is open. */
    public boolean invoiceAuthorised() {
        return "AUTHORISED".equals(invoiceStatus) || "PAID".equals(invoiceStatus);
    }

    public boolean dropShip() {
        return dropShipTaskId != null && !dropShipTaskId.isBlank();
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }
}
