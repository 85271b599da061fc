package io.dearbridge.dear.adapter;

import io.dearbridge.dear.model.Address;
import io.dearbridge.dear.model.ShipLine;
import io.dearbridge.dear.model.ShipTask;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.ShippingAddress;
import io.dearbridge.push.ShipBox;
import io.dearbridge.push.ShipTo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * DEAR's ship bodies: the POST that authorises a shipment and the {@code AddTrackingNumbers} PUT. Both overwrite
 * the document (docs/dear-api.md §4.3), so both carry the same RequireBy, address (with {@code ShipToOther}) and notes.
 */
final class ShipBodies {

    private ShipBodies() {
    }

    static ShipTask post(String taskId, ShipmentDetails shipment, List<ShipBox> boxes, ShipTo shipTo) {
        return ShipTask.authorise(taskId, requireBy(shipTo), address(shipTo), notes(shipTo), lines(shipment, boxes));
    }

    static ShipTask trackingPut(String taskId, ShipmentDetails shipment, List<ShipBox> boxes, ShipTo shipTo) {
        return ShipTask.addTrackingNumbers(taskId, requireBy(shipTo), address(shipTo), notes(shipTo),
                lines(shipment, boxes));
    }

    /**
     * One DEAR ship line per box, each with the shipment's carrier and tracking (docs/dear-api.md §4.3), and its DEAR
     * line ID where known. {@code TrackingURL} is documented read-only, so it is not sent: the warehouse's URL stays
     * on the bridge's record of the shipment.
     */
    private static List<ShipLine> lines(ShipmentDetails shipment, List<ShipBox> boxes) {
        Instant date = startOfDay(shipment.shipDate());
        return boxes.stream().map(box -> new ShipLine(box.dearLineId(), date, shipment.carrier(), box.box(), null,
                shipment.trackingNumber(), null, Boolean.TRUE)).toList();
    }

    private static Address address(ShipTo shipTo) {
        ShippingAddress a = shipTo == null ? null : shipTo.address();
        if (a == null) {
            return null;
        }
        return new Address(null, a.line1(), a.line2(), a.city(), a.state(), a.postcode(), a.country(), a.company(),
                a.contact(), shipTo.shipToOther(), a.displayLine1(), a.displayLine2());
    }

    private static String notes(ShipTo shipTo) {
        return shipTo == null ? null : shipTo.notes();
    }

    private static Instant requireBy(ShipTo shipTo) {
        return shipTo == null ? null : startOfDay(shipTo.requireBy());
    }

    static Instant startOfDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
