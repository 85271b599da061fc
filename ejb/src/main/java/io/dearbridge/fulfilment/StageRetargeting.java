package io.dearbridge.fulfilment;

import io.dearbridge.account.LocationMaps;
import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.FulfilmentDesk;
import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.FulfilmentRejected;
import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.outbox.ReleaseRetargeting;
import io.dearbridge.order.PushCommand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When an operator releases a held stage push whose fulfilment DEAR dropped (an undone sale authorised again gets
 * new TaskIDs), the warehouse's stage is recorded again on the live fulfilment and the command is pointed at it, so
 * the release sends it to DEAR rather than holding it again. Runs in the release's transaction: the new record and
 * the command's new target commit with the release and its audit, or not at all.
 */
@ApplicationScoped
public class StageRetargeting implements ReleaseRetargeting {

    @PersistenceContext
    EntityManager em;

    @Inject
    LocationMaps locations;

    /**
     * @return what moved where, for the audit and the order's timeline; empty when the command's fulfilment is
     *         still live in DEAR (or it is not a stage push), so there is nothing to re-target
     * @throws FulfilmentRejected when the fulfilment is gone and the stage fits no live one (lines changed, already
     *         recorded there, DEAR not yet authorised again)
     */
    @Override
    public Optional<String> retarget(OutboxCommand command, Instant now) {
        if (!PushCommand.KINDS.contains(command.kind()) || command.kind() == CommandKind.ADD_FULFILMENT) {
            return Optional.empty();
        }
        PushCommand push = PushCommand.parse(command.payload());
        WarehouseOrder order = em.find(WarehouseOrder.class, push.orderId(), LockModeType.PESSIMISTIC_WRITE);
        Fulfilment held = order == null ? null : em.find(Fulfilment.class, push.fulfilmentId());
        if (held == null || held.live() || push.recordId() == null) {
            return Optional.empty();
        }
        FulfilmentRecord record = held.recordById(push.recordId()).orElse(null);
        if (record == null) {
            return Optional.empty();
        }
        Recorded again = new FulfilmentDesk(order, locations.of(order.accountCode())).retarget(record, now);
        em.flush(); // the new record's id goes into the command
        Fulfilment live = again.fulfilment();
        command.retarget(new PushCommand(order.id(), live.id(), live.number(), again.records().get(0).id(),
                push.saleId(), Set.of()).toJson(), now);
        return Optional.of(record.stage().label() + " of fulfilment " + held.number() + " (TaskID " + held.taskId()
                + ", gone from DEAR) re-targeted to fulfilment " + live.number() + " (TaskID " + live.taskId() + ")");
    }
}
