package io.dearbridge.receiving;

import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.domain.inbox.InboxStatus;
import io.dearbridge.domain.receiving.PurchaseSnapshot;
import io.dearbridge.domain.receiving.Receipt;
import io.dearbridge.domain.receiving.ReceiptStatus;
import io.dearbridge.domain.receiving.ReceivingScope;
import io.dearbridge.domain.sync.SyncAttempt;
import io.dearbridge.inbox.Claim;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Applies a read purchase to its receipt and completes the inbox event, in one transaction. A purchase without a
 * receipt gets one only when {@link ReceivingScope} lets it in (never drop-ship or service-only); otherwise the event
 * is SKIPPED with the reason.
 */
@Stateless
public class PurchaseImporter {

    private static final Logger LOG = Logger.getLogger(PurchaseImporter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PurchaseApplied> applied;

    public void apply(Claim claim, PurchaseSnapshot snapshot, boolean served, String servedDescription) {
        InboxEvent event = em.find(InboxEvent.class, claim.eventId());
        if (event == null || event.status() != InboxStatus.PROCESSING) {
            return;
        }
        Instant now = Instant.now();
        Receipt receipt = em.createNamedQuery(Receipt.BY_PURCHASE, Receipt.class)
                .setParameter("account", event.accountCode())
                .setParameter("purchaseId", snapshot.id())
                // Every writer of a receipt locks its row first, so none loses another's change.
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (event.documentId() == null) {
            event.resolveDocument(snapshot.id());
        }
        if (receipt == null) {
            ReceivingScope.Verdict verdict = ReceivingScope.judge(snapshot, served);
            if (verdict != ReceivingScope.Verdict.RECEIVE) {
                String reason = "Purchase " + snapshot.orderNumber() + ": " + verdict.reason()
                        + (verdict == ReceivingScope.Verdict.OTHER_LOCATION ? " ('" + snapshot.location()
                        + "'; the account serves " + servedDescription + ")" : "") + "; no receipt";
                event.skip(reason, now);
                em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
                LOG.info(() -> "Inbox event " + event.id() + " skipped: " + reason);
                return;
            }
            receipt = Receipt.expect(event.accountCode(), snapshot, now);
            em.persist(receipt);
            em.flush();
            Receipt created = receipt;
            LOG.info(() -> "Purchase " + created.orderNumber() + " of account " + created.accountCode()
                    + " is expected as receipt " + created.id() + " (" + created.purchaseType() + ", "
                    + created.approach() + ", " + created.lines().size() + " line(s))");
            fire(receipt, true);
        } else {
            ReceiptStatus before = receipt.status();
            boolean changed = receipt.apply(snapshot, now);
            Receipt updated = receipt;
            if (updated.status() != before) {
                LOG.info(() -> "Receipt " + updated.id() + " (" + updated.orderNumber() + ") " + before + " -> "
                        + updated.status() + " by " + event.eventType());
            }
            if (changed) {
                fire(receipt, false);
            }
        }
        event.complete(now);
        em.persist(SyncAttempt.ofInbox(claim.eventId(), claim.attemptNo(), claim.startedAt(), now, null));
    }

    private void fire(Receipt r, boolean created) {
        applied.fire(new PurchaseApplied(r.accountCode(), r.id(), r.purchaseId(), r.status(), r.invoiceAuthorised(),
                created));
    }
}
