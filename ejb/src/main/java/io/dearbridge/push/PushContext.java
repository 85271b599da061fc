package io.dearbridge.push;

import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.StageLine;
import java.util.List;
import java.util.Set;

/**
 * Everything a push needs to call DEAR, read from the database just before the call: the fulfilment's
 * TaskID (known once DEAR created it), and the warehouse record's lines, boxes and tracking.
 */
public record PushContext(String saleId, String saleOrderNumber, String taskId, boolean planned, int fulfilmentNumber,
                          boolean autopick, List<StageLine> lines, ShipmentDetails shipment, List<String> boxes,
                          Set<String> knownTaskIds, ShipTo shipTo, List<ShipBox> shipBoxes) {

    public PushContext {
        lines = lines == null ? List.of() : List.copyOf(lines);
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        knownTaskIds = knownTaskIds == null ? Set.of() : Set.copyOf(knownTaskIds);
        shipBoxes = shipBoxes == null ? boxes.stream().map(b -> new ShipBox(b, null)).toList() : List.copyOf(shipBoxes);
    }

    public PushContext(String saleId, String saleOrderNumber, String taskId, boolean planned, int fulfilmentNumber,
                       boolean autopick, List<StageLine> lines, ShipmentDetails shipment, List<String> boxes,
                       Set<String> knownTaskIds) {
        this(saleId, saleOrderNumber, taskId, planned, fulfilmentNumber, autopick, lines, shipment, boxes, knownTaskIds,
                null, null);
    }
}
