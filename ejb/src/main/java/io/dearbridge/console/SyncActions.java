package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import io.dearbridge.domain.audit.OperatorAction;
import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.order.FulfilmentRejected;
import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.outbox.OutboxStatus;
import io.dearbridge.inbox.InboxEventStored;
import io.dearbridge.outbox.CommandQueued;
import io.dearbridge.outbox.ReleaseRetargeting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's actions on syncs, admins only (a viewer's call is refused here, whatever the page sent).
 * Each one is a transaction of its own: the state change, the audit row and the order's timeline entry commit
 * together, and the dispatchers are woken after the commit. Uses the entities' own rules (replay, release,
 * dismiss); a sync no longer in a state that allows the action is refused with a message, not changed.
 */
@Stateless
@RolesAllowed("admin")
public class SyncActions {

    private static final Logger LOG = Logger.getLogger(SyncActions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SyncOrders orders;

    @Inject
    CallerAccounts callerAccounts;

    /** Each feature's re-pointing of its held commands (fulfilment's stage pushes); the console names none. */
    @Inject
    Instance<ReleaseRetargeting> retargetings;

    @Inject
    Event<InboxEventStored> inboxWoken;

    @Inject
    Event<CommandQueued> outboxWoken;

    /** Sends a FAILED sync again from its first step, as if new. */
    public void replay(SyncRef ref) {
        Instant now = Instant.now();
        if (ref.side() == SyncSide.INBOX) {
            InboxEvent event = inbox(ref);
            refuseUnless(event.status() == InboxStatus.FAILED, ref, event.status().name(), "replay");
            event.replay(now);
            audit(now, OperatorAction.Kind.REPLAY, ref, event.accountCode(), orders.orderOf(event).orElse(null), null,
                    "replayed the failed " + SyncKinds.label(event.eventType()) + " event from DEAR (inbox " + ref.id() + ")");
            inboxWoken.fire(new InboxEventStored(event.id()));
        } else {
            OutboxCommand command = outbox(ref);
            refuseUnless(command.status() == OutboxStatus.FAILED, ref, command.status().name(), "replay");
            command.replay(now);
            audit(now, OperatorAction.Kind.REPLAY, ref, command.accountCode(), orders.orderOf(command).orElse(null),
                    null, "replayed the failed " + SyncKinds.label(command.kind().code()) + " push to DEAR (outbox "
                            + ref.id() + ")");
            outboxWoken.fire(new CommandQueued(command.accountCode(), command.orderingKey()));
        }
    }

    /** Replays each FAILED sync among these; answers how many were replayed (others are left as they are). */
    public int replayAll(Collection<SyncRef> refs) {
        int replayed = 0;
        for (SyncRef ref : refs) {
            if (isFailed(ref)) {
                replay(ref);
                replayed++;
            }
        }
        return replayed;
    }

    /**
     * Lets a HELD command (held after DEAR voided or undid the sale) go to DEAR. A stage held on a fulfilment DEAR
     * dropped when it authorised the sale again goes to the live fulfilment instead; if it fits none, the release is
     * refused and nothing changes.
     */
    public void release(SyncRef ref) {
        Instant now = Instant.now();
        if (ref.side() != SyncSide.OUTBOX) {
            throw new ConsoleActionRefused("Only pushes to DEAR are held; " + ref + " is an event from DEAR.");
        }
        OutboxCommand command = outbox(ref);
        refuseUnless(command.status() == OutboxStatus.HELD, ref, command.status().name(), "release");
        Optional<String> retargeted;
        try {
            retargeted = retargetings.stream().map(r -> r.retarget(command, now)).flatMap(Optional::stream)
                    .findFirst();
        } catch (FulfilmentRejected e) {
            throw new ConsoleActionRefused("Cannot release " + ref + ": " + e.getMessage()
                    + " Dismiss it, and record the stage again through the warehouse API if it is still needed.");
        }
        command.release(now);
        audit(now, OperatorAction.Kind.RELEASE, ref, command.accountCode(), orders.orderOf(command).orElse(null), null,
                "released the held " + SyncKinds.label(command.kind().code()) + " push to DEAR (outbox " + ref.id() + ")"
                        + retargeted.map(r -> "; " + r).orElse(""));
        outboxWoken.fire(new CommandQueued(command.accountCode(), command.orderingKey()));
    }

    /** Gives up on a FAILED sync (or a HELD command) for a reason the operator states; it unblocks the order. */
    public void dismiss(SyncRef ref, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ConsoleActionRefused("Say why the sync is dismissed.");
        }
        Instant now = Instant.now();
        if (ref.side() == SyncSide.INBOX) {
            InboxEvent event = inbox(ref);
            refuseUnless(event.status() == InboxStatus.FAILED, ref, event.status().name(), "dismiss");
            event.dismiss(now);
            audit(now, OperatorAction.Kind.DISMISS, ref, event.accountCode(), orders.orderOf(event).orElse(null),
                    reason.strip(), "dismissed the failed " + SyncKinds.label(event.eventType())
                            + " event from DEAR (inbox " + ref.id() + ")");
        } else {
            OutboxCommand command = outbox(ref);
            refuseUnless(command.status() == OutboxStatus.FAILED || command.status() == OutboxStatus.HELD, ref,
                    command.status().name(), "dismiss");
            command.dismiss(now);
            audit(now, OperatorAction.Kind.DISMISS, ref, command.accountCode(), orders.orderOf(command).orElse(null),
                    reason.strip(), "dismissed the " + command.status().name().toLowerCase() + " "
                            + SyncKinds.label(command.kind().code()) + " push to DEAR (outbox " + ref.id() + ")");
            // Commands queued behind it for the order may go now.
            outboxWoken.fire(new CommandQueued(command.accountCode(), command.orderingKey()));
        }
    }

    private boolean isFailed(SyncRef ref) {
        if (ref.side() == SyncSide.INBOX) {
            InboxEvent event = em.find(InboxEvent.class, ref.id());
            return event != null && event.status() == InboxStatus.FAILED && callerAccounts.sees(event.accountCode());
        }
        OutboxCommand command = em.find(OutboxCommand.class, ref.id());
        return command != null && command.status() == OutboxStatus.FAILED && callerAccounts.sees(command.accountCode());
    }

    private void audit(Instant now, OperatorAction.Kind kind, SyncRef ref, String account, Long orderId, String reason,
                       String what) {
        String actor = context.getCallerPrincipal().getName();
        em.persist(new OperatorAction(now, actor, kind, OperatorAction.Target.valueOf(ref.side().name()), ref.id(),
                account, orderId, reason, what));
        orders.order(orderId).ifPresent(order -> order.note(now,
                "Operator " + actor + " " + what + (reason == null ? "" : ": " + reason), Source.OPERATOR));
        LOG.info(() -> "Operator " + actor + " " + what);
    }

    private InboxEvent inbox(SyncRef ref) {
        InboxEvent event = em.find(InboxEvent.class, ref.id());
        if (event == null || !callerAccounts.sees(event.accountCode())) {
            throw new ConsoleActionRefused("There is no " + ref + ".");
        }
        return event;
    }

    private OutboxCommand outbox(SyncRef ref) {
        OutboxCommand command = em.find(OutboxCommand.class, ref.id());
        if (command == null || !callerAccounts.sees(command.accountCode())) {
            throw new ConsoleActionRefused("There is no " + ref + ".");
        }
        return command;
    }

    private static void refuseUnless(boolean allowed, SyncRef ref, String state, String action) {
        if (!allowed) {
            throw new ConsoleActionRefused("Cannot " + action + " " + ref + ": it is " + state + " now.");
        }
    }
}
