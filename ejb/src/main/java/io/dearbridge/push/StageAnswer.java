package io.dearbridge.push;

import io.dearbridge.domain.order.StageLine;
import java.util.List;

/**
 * DEAR's answer about one stage of a fulfilment, in the domain's words: its status, the stock lines DEAR
 * holds (pick/pack) or the shipped boxes (ship), and the answer as DEAR sent it, kept with the command.
 */
public record StageAnswer(String taskId, String status, List<StageLine> lines, List<ShippedBox> shipments,
                          String raw) implements PushAnswer {

    public static final String AUTHORISED = "AUTHORISED";

    public StageAnswer {
        lines = lines == null ? List.of() : List.copyOf(lines);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
    }

    public boolean authorised() {
        return AUTHORISED.equalsIgnoreCase(status);
    }

    /** One shipment line as DEAR keeps it; {@code id} is DEAR's line ID. */
    public record ShippedBox(String id, String box, String carrier, String trackingNumber) {
    }
}
