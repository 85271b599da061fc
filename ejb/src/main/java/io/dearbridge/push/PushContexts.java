package io.dearbridge.push;

import io.dearbridge.order.PushCommand;
import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.FulfilmentDesk;
import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.Stage;
import io.dearbridge.domain.order.StageLine;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** Reads what a push command needs, in a short read-only transaction of its own, before DEAR is called. */
@Stateless
public class PushContexts {

    private static final Logger LOG = Logger.getLogger(PushContexts.class.getName());

    @PersistenceContext
    EntityManager em;

    public PushContext load(PushCommand command, CommandKind kind) {
        Fulfilment fulfilment = em.find(Fulfilment.class, command.fulfilmentId());
        if (fulfilment == null) {
            throw new IllegalStateException("Fulfilment " + command.fulfilmentId() + " of order " + command.orderId()
                    + " no longer exists");
        }
        FulfilmentRecord record = command.recordId() == null ? null : fulfilment.records().stream()
                .filter(r -> r.id().equals(command.recordId())).findFirst().orElse(null);
        List<StageLine> lines = record == null ? List.of() : record.lines();
        if (kind == CommandKind.PACK && record != null) {
            lines = packLines(fulfilment, record);
        }
        return new PushContext(fulfilment.order().saleId(), fulfilment.order().saleOrderNumber(), fulfilment.taskId(),
                fulfilment.planned(), fulfilment.number(), record != null && record.autopick(), lines,
                record == null ? null : record.shipment(),
                record == null ? List.of() : record.boxes(), command.knownTaskIds(),
                // Only the ship and tracking writes carry an address: the others neither need nor warn about one.
                kind == CommandKind.SHIP || kind == CommandKind.TRACKING ? shipTo(fulfilment) : null,
                record == null ? null : shipBoxes(fulfilment, record));
    }

    /** The fulfilment's own ship-to address and notes (DEAR's Ship task), else the sale's; see {@link ShipTo}. */
    private static ShipTo shipTo(Fulfilment fulfilment) {
        WarehouseOrder order = fulfilment.order();
        String notes = fulfilment.shippingNotes() != null ? fulfilment.shippingNotes() : order.shippingNotes();
        ShipTo shipTo = ShipTo.choose(fulfilment.shipAddress(), order.shippingAddress(), notes, order.shipBy());
        if (shipTo.address() == null) {
            LOG.warning(() -> "Order " + order.saleOrderNumber() + ": DEAR gave no ship-to address with Line1 and"
                    + " Country, so the ship write to DEAR carries none");
        }
        return shipTo;
    }

    /** Each box with DEAR's ship line ID, as the shipment's record learnt them from DEAR's ship answer. */
    private static List<ShipBox> shipBoxes(Fulfilment fulfilment, FulfilmentRecord record) {
        FulfilmentRecord shipment = record.stage() != Stage.TRACKING ? record : fulfilment.records().stream()
                .filter(r -> r.id().equals(record.shipmentRecordId())).findFirst().orElse(record);
        return record.boxes().stream().map(box -> new ShipBox(box, shipment.lines().stream()
                .filter(l -> box.equals(l.box()) && l.dearLineId() != null).map(StageLine::dearLineId)
                .findFirst().orElse(null))).toList();
    }

    /**
     * After an auto-pick the pack repeats what DEAR picked (locations and batches DEAR chose), box by box
     * as the warehouse packed it; a staged pack is sent as recorded.
     */
    private static List<StageLine> packLines(Fulfilment fulfilment, FulfilmentRecord pack) {
        FulfilmentRecord pick = fulfilment.record(Stage.PICK).orElse(null);
        if (pick == null || !pick.autopick()) {
            return pack.lines();
        }
        String box = pack.lines().stream().map(StageLine::box).filter(b -> b != null).findFirst()
                .orElse(FulfilmentDesk.DEFAULT_BOX);
        return pick.lines().stream().map(l -> l.inBox(box)).toList();
    }
}
