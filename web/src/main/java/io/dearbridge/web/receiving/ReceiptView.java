package io.dearbridge.web.receiving;

import io.dearbridge.domain.receiving.DearStockLine;
import io.dearbridge.domain.receiving.DearStockTask;
import io.dearbridge.domain.receiving.LineProgress;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptArrival;
import io.dearbridge.domain.receiving.ReceiptArrivalLine;
import io.dearbridge.domain.receiving.ReceiptReturn;
import io.dearbridge.domain.receiving.ReceiptReturnLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A receipt as the warehouse API shows it: the purchase, each expected line with ordered, received and remaining
 * quantities, the warehouse's arrivals, what went back to the supplier, and DEAR's view of the purchase's stock
 * ({@code dear.stock}: tasks entered by the bridge or by a DEAR user; the latter count as received, so the warehouse
 * never receives them twice).
 */
public record ReceiptView(long id, String account, String purchaseId, String purchaseOrderNumber, String type,
                          String approach, String status, String statusReason, String supplier, Instant requiredBy,
                          String location, Dear dear, List<Line> lines, List<Arrival> arrivals,
                          List<SupplierReturn> supplierReturns, Instant createdAt, Instant updatedAt) {

    /** DEAR's own statuses as last read, and its stock tasks. */
    public record Dear(String status, String orderStatus, String invoiceStatus, String combinedReceivingStatus,
                       String lastUpdatedDate, List<Task> stock) {
    }

    public record Line(String productId, String sku, String name, BigDecimal ordered, BigDecimal received,
                       BigDecimal remaining) {
    }

    public record Arrival(long id, String status, String statusReason, String dearTaskId, String receivedBy,
                          Instant receivedAt, List<ArrivalLine> lines) {
    }

    public record ArrivalLine(String sku, String name, BigDecimal quantity, String location, String dearLocation,
                              String batch, LocalDate expiry, String pushStatus, String cardId) {
    }

    /** @param enteredBy BRIDGE or DEAR_USER */
    public record Task(String taskId, String kind, String status, String enteredBy, List<TaskLine> lines) {
    }

    public record TaskLine(String cardId, String sku, String name, BigDecimal quantity, String location,
                           String batch, LocalDate expiry, LocalDate date) {
    }

    public record SupplierReturn(long id, String status, String statusReason, String creditNoteNumber,
                                 String creditNoteStatus, Instant requestedAt, List<ReturnLine> lines) {
    }

    public record ReturnLine(String sku, String name, BigDecimal quantity, String reason, String cardId) {
    }

    public static ReceiptView of(Receipt r) {
        return new ReceiptView(r.id(), r.accountCode(), r.purchaseId(), r.orderNumber(), r.purchaseType().name(),
                r.approach().name(), r.status().name(), r.statusReason(), r.supplier(), r.requiredBy(),
                r.dearLocation(),
                new Dear(r.dearStatus(), r.orderStatus(), r.invoiceStatus(), r.combinedReceivingStatus(),
                        r.dearUpdatedRaw(), r.dearTasks().stream().map(ReceiptView::task).toList()),
                r.progress().stream().map(ReceiptView::line).toList(),
                r.arrivals().stream().map(ReceiptView::arrival).toList(),
                r.returns().stream().map(ReceiptView::supplierReturn).toList(), r.createdAt(), r.updatedAt());
    }

    private static Line line(LineProgress l) {
        return new Line(l.productId(), l.sku(), l.name(), l.ordered(), l.received(), l.remaining());
    }

    private static Arrival arrival(ReceiptArrival a) {
        return new Arrival(a.id(), a.status().name(), a.statusReason(), a.dearTaskId(), a.receivedBy(),
                a.receivedAt(), a.lines().stream().map(ReceiptView::arrivalLine).toList());
    }

    private static ArrivalLine arrivalLine(ReceiptArrivalLine l) {
        return new ArrivalLine(l.sku(), l.name(), l.quantity(), l.location(), l.dearLocation(), l.batchSn(),
                l.expiryDate(), l.pushStatus().name(), l.cardId());
    }

    private static Task task(DearStockTask t) {
        return new Task(t.taskId(), t.kind().name(), t.status(), t.enteredBy().name(),
                t.lines().stream().map(ReceiptView::taskLine).toList());
    }

    private static TaskLine taskLine(DearStockLine l) {
        return new TaskLine(l.cardId(), l.sku(), l.name(), l.quantity(), l.location(), l.batchSn(), l.expiryDate(),
                l.receivedDate());
    }

    private static SupplierReturn supplierReturn(ReceiptReturn r) {
        return new SupplierReturn(r.id(), r.status().name(), r.statusReason(), r.creditNoteNumber(),
                r.creditNoteStatus(), r.requestedAt(), r.lines().stream().map(ReceiptView::returnLine).toList());
    }

    private static ReturnLine returnLine(ReceiptReturnLine l) {
        return new ReturnLine(l.sku(), l.name(), l.quantity(), l.reason(), l.cardId());
    }
}
