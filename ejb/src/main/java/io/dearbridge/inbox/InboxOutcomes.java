package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.domain.sync.SyncFailure;
import io.dearbridge.domain.sync.WaitReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Records how an attempt at an inbox event ended, with the attempt kept for the admin console. */
@Stateless
public class InboxOutcomes {

    private static final Logger LOG = Logger.getLogger(InboxOutcomes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    InboxSettings settings;

    public void failed(Claim claim, SyncFailure failure) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event == null || event.status() != InboxStatus.PROCESSING) {
            return;
        }
        Instant now = Instant.now();
        event.fail(failure, settings.retryPolicy(), now);
        em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, failure));
        Level level = event.status() == InboxStatus.FAILED ? Level.WARNING : Level.INFO;
        LOG.log(level, () -> "Inbox event " + event.id() + " (" + event.eventType() + ", account "
                + event.accountCode() + ", " + describe(event) + ") attempt " + claim.attemptNo()
                + " failed: " + failure.describe() + (event.status() == InboxStatus.FAILED
                ? " - FAILED, waiting for an operator" : " - retry at " + event.trail().nextAttemptAt()));
    }

    /** No handler takes the event's type: kept as IGNORED, with the reason, where the console shows it. */
    public void unhandled(Claim claim) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event != null && event.status() == InboxStatus.PROCESSING) {
            Instant now = Instant.now();
            String reason = "No handler takes event type " + event.eventType();
            event.ignore(reason, now);
            em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
            LOG.warning(() -> "Inbox event " + event.id() + " ignored: " + reason);
        }
    }

    private static String describe(InboxEvent event) {
        return (event.documentKind() == null ? "document" : event.documentKind().name().toLowerCase())
                + " " + (event.documentNumber() != null ? event.documentNumber()
                : event.documentId() != null ? event.documentId() : event.documentTaskId());
    }

    /** DEAR had no token for this account's imports yet: back in the queue, no attempt counted. */
    public void deferred(Claim claim, java.time.Duration retryAfter) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event != null && event.status() == InboxStatus.PROCESSING) {
            Instant now = Instant.now();
            event.defer(now.plus(retryAfter), now, WaitReason.DEAR_BUDGET);
        }
    }

    public void completedWithoutRead(Claim claim, String reason) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event != null && event.status() == InboxStatus.PROCESSING) {
            Instant now = Instant.now();
            event.completeWithoutRead(reason, now);
            em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
            LOG.fine(() -> "Inbox event " + event.id() + " done without a read: " + reason);
        }
    }

    public void skipped(Claim claim, String reason) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event != null && event.status() == InboxStatus.PROCESSING) {
            Instant now = Instant.now();
            event.skip(reason, now);
            em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
            LOG.info(() -> "Inbox event " + event.id() + " skipped: " + reason);
        }
    }
}
