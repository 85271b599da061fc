package io.dearbridge.web.order;

import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.FulfilmentDesk;
import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.OrderLine;
import io.dearbridge.domain.order.ShippingAddress;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An order as the warehouse API shows it. */
public record OrderView(long id, String account, String saleId, String saleOrderNumber, String status,
                        boolean stopRequested, Stuck stuck, AfterShipmentView afterShipment, String customer,
                        String customerReference,
                        String phone, String email, LocalDate shipBy, String location, Address shippingAddress,
                        String shippingNotes, String carrier, String trackingNumbers, Dear dear, List<Line> lines,
                        List<FulfilmentView> fulfilments, List<Event> timeline, Instant createdAt, Instant updatedAt,
                        List<Command> commands) {

    /**
     * Where to ship. When DEAR gave only its display lines, {@code line1}/{@code line2} carry them; the display
     * lines are always shown as DEAR gave them.
     */
    public record Address(String line1, String line2, String city, String state, String postcode, String country,
                          String company, String contact, String displayLine1, String displayLine2) {
    }

    /** Set while the order has waited too long in its stage; why, and since when it is flagged. */
    public record Stuck(Instant since, String reason) {
    }

    /**
     * What DEAR did after the warehouse shipped: {@code state} is UNDONE, RESHIPPED, LINES_CHANGED or VOIDED (the
     * last with {@code stopRequested}); {@code label} as the console shows it, {@code detail} what it means here.
     */
    public record AfterShipmentView(String state, String label, String detail) {
    }

    /** DEAR's own statuses, for reference; {@code paymentStatus} ({@code CombinedPaymentStatus}) is what an on-payment account waits on. */
    public record Dear(String status, String orderStatus, String type, Instant lastModifiedOn, String paymentStatus) {
    }

    /** @param pickable false for drop-ship lines and Service Sales: shown, never picked */
    public record Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal backorderedQuantity,
                       String comment, boolean dropShip, boolean pickable) {
    }

    /**
     * @param live   false once DEAR voided the fulfilment or it vanished from the sale: it takes no further stage
     * @param shipTo this fulfilment's own address, only where it differs from the order's
     * @param shipments what the warehouse shipped, with its current tracking
     */
    public record FulfilmentView(String taskId, int number, String pick, String pack, String ship,
                                 String fulfilmentStatus, String trackingNumbers, boolean live, Address shipTo,
                                 String shippingNotes, List<Shipment> shipments) {
    }

    /**
     * A shipment the warehouse recorded. {@code trackingUrl} is the warehouse's own: DEAR documents TrackingURL as
     * read-only, so the bridge keeps it here and does not send it.
     */
    public record Shipment(long shipmentId, String carrier, String trackingNumber, String trackingUrl,
                           LocalDate shipDate, List<String> boxes) {
    }

    public record Event(Instant at, String what, String source) {
    }

    /**
     * A DEAR write of this order not yet done (one order's view only). {@code waitingFor} says why it waits without
     * having failed (DEAR_BUDGET: the account's call budget), with its {@code expectedStart}; a RETRY has failed and
     * retries then.
     */
    public record Command(long id, String type, String status, int attempts, String waitingFor, Instant expectedStart,
                          String lastError) {

        static Command of(OutboxCommand c) {
            boolean waits = c.waitingFor().isPresent() || c.status() == OutboxStatus.RETRY;
            return new Command(c.id(), c.kind().code(), c.status().name(), c.trail().attempts(),
                    c.waitingFor().map(Enum::name).orElse(null), waits ? c.trail().nextAttemptAt() : null,
                    c.trail().lastError());
        }
    }

    /** An order as the list shows it: without its commands, which one order's view adds. */
    static OrderView of(WarehouseOrder order) {
        return of(order, null);
    }

    /** As {@link #of(WarehouseOrder)}, with the DEAR writes of the order that are not done yet. */
    static OrderView of(WarehouseOrder order, List<OutboxCommand> open) {
        return new OrderView(order.id(), order.accountCode(), order.saleId(), order.saleOrderNumber(),
                order.status().name(), order.stopRequested(),
                order.stuckSince() == null ? null : new Stuck(order.stuckSince(), order.stuckReason()),
                order.afterShipment() == null ? null : new AfterShipmentView(order.afterShipment().name(),
                        order.afterShipment().label(), order.afterShipmentDetail()),
                order.customer(), order.customerReference(),
                order.phone(), order.email(), order.shipBy(), order.location(), address(order.shippingAddress()),
                order.shippingNotes(), order.carrier(), order.trackingNumbers(),
                new Dear(order.dearStatus(), order.dearOrderStatus(), order.dearType(), order.dearModifiedAt(),
                        order.paymentStatus()),
                order.lines().stream().map(OrderView::line).toList(),
                order.fulfilments().stream().map(f -> fulfilment(order, f)).toList(),
                order.timeline().stream().map(e -> new Event(e.at(), e.what(), e.source().name())).toList(),
                order.createdAt(), order.updatedAt(),
                open == null ? null : open.stream().map(Command::of).toList());
    }

    private static Address address(ShippingAddress a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.state(), a.postcode(), a.country(),
                a.company(), a.contact(), a.displayLine1(), a.displayLine2());
    }

    private static Line line(OrderLine line) {
        return new Line(line.productId(), line.sku(), line.name(), line.quantity(), line.backorderedQuantity(),
                line.comment(), line.dropShip(), line.pickable());
    }

    private static FulfilmentView fulfilment(WarehouseOrder order, Fulfilment f) {
        ShippingAddress own = f.shipAddress();
        boolean differs = own != null && !own.samePlaceAs(order.shippingAddress());
        boolean notesDiffer = f.shippingNotes() != null && !f.shippingNotes().isBlank()
                && !Objects.equals(f.shippingNotes(), order.shippingNotes());
        return new FulfilmentView(f.taskId(), f.number(), f.pickStatus(), f.packStatus(), f.shipStatus(),
                f.fulfilmentStatus(), f.trackingNumbers(), f.live(), differs ? address(own) : null,
                differs || notesDiffer ? f.shippingNotes() : null,
                f.records().stream().filter(r -> r.stage() == Stage.SHIP).map(OrderView::shipment).toList());
    }

    private static Shipment shipment(FulfilmentRecord record) {
        ShipmentDetails now = FulfilmentDesk.currentTracking(record);
        return new Shipment(record.id(), now.carrier(), now.trackingNumber(), now.trackingUrl(), now.shipDate(),
                record.boxes());
    }
}
