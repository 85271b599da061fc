package io.dearbridge.fulfilment;

import io.dearbridge.domain.order.Fulfilment;
import io.dearbridge.domain.order.FulfilmentRecord;
import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.outbox.CommandKind;
import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.order.PushCommand;
import io.dearbridge.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The DEAR commands a recorded stage implies, queued in the caller's transaction (records already flushed). */
@ApplicationScoped
public class StageCommands {

    @Inject
    Outbox outbox;

    /** @param knownTasks the TaskIDs DEAR had before; any other one it shows later is the fulfilment this adds */
    /** The TaskIDs DEAR already gave the order's fulfilments: a fulfilment DEAR shows later is one a push created. */
    static Set<String> knownTasks(WarehouseOrder order) {
        Set<String> known = new LinkedHashSet<>();
        order.fulfilments().stream().filter(f -> !f.planned()).map(Fulfilment::taskId).forEach(known::add);
        return known;
    }

    public List<OutboxCommand> enqueue(WarehouseOrder order, Recorded recorded, Set<String> knownTasks, Instant now) {
        List<OutboxCommand> commands = new ArrayList<>();
        Fulfilment fulfilment = recorded.fulfilment();
        if (recorded.createsFulfilment()) {
            commands.add(send(order, CommandKind.ADD_FULFILMENT,
                    new PushCommand(order.id(), fulfilment.id(), fulfilment.number(), null, order.saleId(), knownTasks),
                    now));
        }
        for (FulfilmentRecord record : recorded.records()) {
            CommandKind kind = switch (record.stage()) {
                case PICK -> CommandKind.PICK;
                case PACK -> CommandKind.PACK;
                case SHIP -> CommandKind.SHIP;
                case TRACKING -> CommandKind.TRACKING;
            };
            commands.add(send(order, kind, new PushCommand(order.id(), fulfilment.id(), fulfilment.number(),
                    record.id(), order.saleId(), Set.of()), now));
        }
        return commands;
    }

    private OutboxCommand send(WarehouseOrder order, CommandKind kind, PushCommand command, Instant now) {
        return outbox.enqueue(order.accountCode(), OrderingKey.ofOrder(order.id()), kind, command.toJson(), now);
    }
}
