package io.dearbridge.it.inbox;

import io.dearbridge.inbox.Claim;
import io.dearbridge.inbox.InboxEventHandler;
import io.dearbridge.inbox.InboxOutcomes;
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

    @Override
    public Set<String> eventTypes() {
        return Set.of(TYPE);
    }

    @Override
    public void handle(Claim claim) {
        // Events of one document come in order: the claimer holds back the later ones, for every handler.
        outcomes.completedWithoutRead(claim, NOTE);
    }
}
