package io.dearbridge.push;

import io.dearbridge.account.DearAccount;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.StageLine;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The DEAR calls the fulfilment push needs, in the domain's words (the wire format stays in
 * {@code io.dearbridge.dear}). Every method throws {@link io.dearbridge.dear.DearCallException} when DEAR
 * gives no usable answer. Writes are not idempotent: callers re-read before repeating one.
 */
public interface DearFulfilmentGateway {

    /** {@code POST sale/fulfilment}: answers the new fulfilment's TaskID (the one not among {@code known}). */
    String addFulfilment(DearAccount account, String saleId, Set<String> known);

    /** {@code GET sale/fulfilment}: a fulfilment that is not among {@code known}, if DEAR has one. */
    Optional<String> newFulfilment(DearAccount account, String saleId, Set<String> known);

    StageAnswer pick(DearAccount account, String taskId, List<StageLine> lines);

    /** DEAR picks by itself ({@code AutoPickMode: AUTOPICK}); the answer carries what it picked. */
    StageAnswer autoPick(DearAccount account, String taskId);

    StageAnswer pack(DearAccount account, String taskId, List<StageLine> lines);

    /** One ship line per box, with the address, notes and RequireBy of {@code shipTo} (may be null). */
    StageAnswer ship(DearAccount account, String taskId, ShipmentDetails shipment, List<String> boxes, ShipTo shipTo);

    /**
     * {@code PUT sale/fulfilment/ship} with {@code AddTrackingNumbers: true}, naming each box's DEAR line ID so
     * DEAR updates those lines; a box without a known ID goes as a new line. The PUT overwrites the document as the
     * POST does, so it repeats what the POST sent from {@code shipTo} (may be null).
     */
    StageAnswer changeTracking(DearAccount account, String taskId, ShipmentDetails shipment, List<ShipBox> boxes,
                               ShipTo shipTo);

    /** Reads one stage ({@code TRACKING} reads the ship stage). */
    StageAnswer read(DearAccount account, Stage stage, String taskId);
}
