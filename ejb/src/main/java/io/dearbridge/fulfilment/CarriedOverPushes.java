package io.dearbridge.fulfilment;

import io.dearbridge.domain.order.Recorded;
import io.dearbridge.order.StagesCarriedOver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Queues the pushes of a shipment recorded again on the fulfilment DEAR created when it authorised a shipped order
 * again (flow 1, step 14): pick, pack and ship with the warehouse's lines and tracking, through the outbox like any
 * stage, so each reaches DEAR exactly once (re-read first after an unknown outcome).
 */
@ApplicationScoped
public class CarriedOverPushes {

    private static final Logger LOG = Logger.getLogger(CarriedOverPushes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StageCommands commands;

    void onCarriedOver(@Observes StagesCarriedOver carried) {
        em.flush(); // the records' ids go into the commands
        Set<String> known = StageCommands.knownTasks(carried.order());
        int queued = 0;
        for (Recorded recorded : carried.recorded()) {
            queued += commands.enqueue(carried.order(), recorded, known, carried.at()).size();
        }
        int total = queued;
        LOG.info(() -> "Order " + carried.order().id() + ": shipped, undone and authorised again in DEAR; " + total
                + " push(es) of the warehouse's stages queued for DEAR's new fulfilment(s)");
    }
}
