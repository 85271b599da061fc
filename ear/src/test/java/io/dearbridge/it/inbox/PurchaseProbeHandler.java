package io.dearbridge.it.inbox;

import io.dearbridge.domain.inbox.InboxEvent;
import io.dearbridge.inbox.Claim;
import io.dearbridge.inbox.InboxEventHandler;
import io.dearbridge.inbox.InboxOutcomes;
import io.dearbridge.inbox.InboxQueries;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A test-only inbox handler for the purchase type, deployed into the bridge's EJB module in place of the receiving
 * feature's handler, beside the sale handler ({@link InboxRoutingIT}). It marks what it takes, so the test sees which handler processed which event.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurchaseProbeHandler implements InboxEventHandler {

    public static final String TYPE = "Purchase/OrderAuthorised";
    public static final String NOTE = "taken by the test-only purchase handler";

    @Inject
    InboxOutcomes outcomes;

    @Inject
    InboxQueries inbox;

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(Claim claim) {
        InboxEvent event = inbox.find(claim.eventId()).orElseThrow();
        // As every handler does: events of one document in order.
        if (inbox.earlierPending(event)) {
            outcomes.deferred(claim);
            return;
        }
        outcomes.completedWithoutRead(claim, NOTE);
    }
}
