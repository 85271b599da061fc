package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A fulfilment's ship stage: body and response of {@code sale/fulfilment/ship}, and {@code Ship} inside a
 * fulfilment. {@code AddTrackingNumbers: true} on a PUT is the documented way to change tracking on an
 * authorised shipment (docs/dear-api.md §4.2).
 */
public record ShipTask(
        @JsonProperty("TaskID") String taskId,
        String status,
        Instant requireBy,
        Address shippingAddress,
        String shippingNotes,
        Boolean addTrackingNumbers,
        List<ShipLine> lines) {

    public ShipTask {
        lines = Lists.orEmpty(lines);
    }

    /**
     * Authorises the shipment. A POST overwrites the document (docs/dear-api.md §4.3), so the ship-to address,
     * notes and RequireBy go with it, as in every vendor example.
     */
    public static ShipTask authorise(String taskId, Instant requireBy, Address shippingAddress, String shippingNotes,
                                     List<ShipLine> lines) {
        return new ShipTask(taskId, PickPackTask.AUTHORISED, requireBy, shippingAddress, shippingNotes, null, lines);
    }

    /**
     * The PUT body that adds or changes tracking numbers on an already-authorised shipment. It overwrites the
     * document like the POST, so it repeats the POST's RequireBy, address and notes.
     */
    public static ShipTask addTrackingNumbers(String taskId, Instant requireBy, Address shippingAddress,
                                              String shippingNotes, List<ShipLine> lines) {
        return new ShipTask(taskId, PickPackTask.AUTHORISED, requireBy, shippingAddress, shippingNotes, Boolean.TRUE,
                lines);
    }
}
