package io.dearbridge.fulfilment;

import io.dearbridge.account.LocationMaps;
import io.dearbridge.domain.order.FulfilmentDesk;
import io.dearbridge.domain.order.FulfilmentRejected;
import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.ShipmentDetails;
import io.dearbridge.domain.order.StageLine;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.write.Answer;
import io.dearbridge.write.Caller;
import io.dearbridge.write.FirstAnswer;
import io.dearbridge.write.IdempotentAnswers;
import io.dearbridge.write.RecordRefused;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Records what the warehouse did and queues the DEAR commands it implies, in one transaction (the
 * transactional outbox). The order row is locked for the few milliseconds this takes, so two requests on
 * one order cannot both take the same remaining quantity; no DEAR call is made here. A rejected request
 * throws {@link RecordRefused} and the transaction rolls back: nothing changes.
 */
@Stateless
public class FulfilmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    StageCommands stageCommands;

    @Inject
    IdempotentAnswers answers;

    @Inject
    LocationMaps locations;

    public Answer pick(long orderId, List<StageLine> lines, Caller<StageRecorded> caller) {
        return record(orderId, caller, "pick", (desk, now) -> desk.pick(lines, caller.principal(), now));
    }

    public Answer pack(long orderId, List<StageLine> lines, Caller<StageRecorded> caller) {
        return record(orderId, caller, "pack", (desk, now) -> desk.pack(lines, caller.principal(), now));
    }

    public Answer ship(long orderId, ShipmentDetails shipment, List<String> boxes, Caller<StageRecorded> caller) {
        return record(orderId, caller, "ship", (desk, now) -> desk.ship(shipment, boxes, caller.principal(), now));
    }

    public Answer tracking(long orderId, long shipmentId, String carrier, String trackingNumber, String trackingUrl,
                           Caller<StageRecorded> caller) {
        return record(orderId, caller, "tracking", (desk, now) -> desk.tracking(shipmentId, carrier, trackingNumber,
                trackingUrl, caller.principal(), now));
    }

    /** The one-call path: auto-pick, pack into one box, ship. */
    public Answer shipIt(long orderId, ShipmentDetails shipment, String box, Caller<StageRecorded> caller) {
        return record(orderId, caller, "ship-it", (desk, now) -> desk.shipIt(shipment, box, caller.principal(), now));
    }

    private interface Step {
        Recorded apply(FulfilmentDesk desk, Instant now);
    }

    private Answer record(long orderId, Caller<StageRecorded> caller, String action, Step step) {
        return FirstAnswer.orElse(answers, caller, () -> lockedOrder(orderId, caller), order -> {
            Set<String> knownTasks = StageCommands.knownTasks(order);
            Instant now = Instant.now();
            Recorded recorded = step.apply(new FulfilmentDesk(order, locations.of(order.accountCode())), now);
            em.flush();
            List<OutboxCommand> commands = stageCommands.enqueue(order, recorded, knownTasks, now);
            Answer answer = caller.render().apply(StageRecorded.of(order, action, recorded, commands));
            answers.remember(caller, answer);
            return answer;
        });
    }

    /** The order, locked; one of another account than the caller's is answered as if it did not exist. */
    private WarehouseOrder lockedOrder(long orderId, Caller<?> caller) {
        WarehouseOrder order = em.find(WarehouseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !caller.sees(order.accountCode())) {
            throw new FulfilmentRejected(FulfilmentRejected.Reason.NOT_FOUND, "No order " + orderId + ".");
        }
        return order;
    }
}
