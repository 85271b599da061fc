package io.dearbridge.web.order;

import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.OrderLine;
import io.dearbridge.domain.order.ShippingAddress;
import io.dearbridge.domain.order.TimelineEntry;
import io.dearbridge.domain.order.WarehouseOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the warehouse API shows it. */
public record OrderView(long id, String account, String saleId, String saleOrderNumber, String status,
                        boolean stopRequested, String customer, String customerReference, String location,
                        Address shippingAddress, String shippingNotes, String carrier, String trackingNumbers,
                        Dear dear, List<Line> lines, List<FulfilmentView> fulfilments, List<Event> timeline,
                        Instant createdAt, Instant updatedAt) {

    public record Address(String line1, String line2, String city, String state, String postcode, String country,
                          String company, String contact) {
    }

    /** DEAR's own statuses, for reference. */
    public record Dear(String status, String orderStatus, String type, Instant lastModifiedOn) {
    }

    public record Line(String productId, String sku, String name, BigDecimal quantity, BigDecimal backorderedQuantity) {
    }

    public record FulfilmentView(String taskId, int number, String pick, String pack, String ship,
                                 String fulfilmentStatus, String trackingNumbers) {
    }

    public record Event(Instant at, String what, String source) {
    }

    static OrderView of(WarehouseOrder order) {
        ShippingAddress a = order.shippingAddress();
        return new OrderView(order.id(), order.accountCode(), order.saleId(), order.saleOrderNumber(),
                order.status().name(), order.stopRequested(), order.customer(), order.customerReference(),
                order.location(),
                a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.state(), a.postcode(), a.country(),
                        a.company(), a.contact()),
                order.shippingNotes(), order.carrier(), order.trackingNumbers(),
                new Dear(order.dearStatus(), order.dearOrderStatus(), order.dearType(), order.dearModifiedAt()),
                order.lines().stream().map(OrderView::line).toList(),
                order.fulfilments().stream().map(OrderView::fulfilment).toList(),
                order.timeline().stream().map(e -> new Event(e.at(), e.what(), e.source().name())).toList(),
                order.createdAt(), order.updatedAt());
    }

    private static Line line(OrderLine line) {
        return new Line(line.productId(), line.sku(), line.name(), line.quantity(), line.backorderedQuantity());
    }

    private static FulfilmentView fulfilment(Fulfilment f) {
        return new FulfilmentView(f.taskId(), f.number(), f.pickStatus(), f.packStatus(), f.shipStatus(),
                f.fulfilmentStatus(), f.trackingNumbers());
    }
}
