package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import jakarta.inject.Inject;
import io.dearbridge.domain.audit.OperatorAction;
import io.dearbridge.domain.order.TimelineEntry.Source;
import io.dearbridge.domain.order.WarehouseOrder;
import io.dearbridge.domain.returns.ReturnRejected;
import io.dearbridge.domain.returns.WarehouseReturn;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The operator's action on a return the bridge may not credit itself: DEAR keeps one credit note on a Simple Sale,
 * so the operator credits the return in DEAR, then marks it done here. Admins only; the return, the audit row and
 * the order's timeline entry commit together, under the order's lock as every writer of an order takes it.
 */
@Stateless
@RolesAllowed("admin")
public class ReturnActions {

    private static final Logger LOG = Logger.getLogger(ReturnActions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    CallerAccounts callerAccounts;

    public void markCreditedInDear(long returnId, String reason) {
        WarehouseReturn r = em.find(WarehouseReturn.class, returnId);
        if (r == null || !callerAccounts.sees(r.accountCode())) {
            throw new ConsoleActionRefused("There is no return " + returnId + ".");
        }
        WarehouseOrder order = em.find(WarehouseOrder.class, r.orderId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        Instant now = Instant.now();
        try {
            r.markedCreditedInDear(now);
        } catch (ReturnRejected e) {
            throw new ConsoleActionRefused(e.getMessage());
        }
        String actor = context.getCallerPrincipal().getName();
        String what = "marked return " + returnId + (r.reference() == null ? "" : " (" + r.reference() + ")")
                + " credited in DEAR";
        em.persist(new OperatorAction(now, actor, OperatorAction.Kind.CREDITED_IN_DEAR, OperatorAction.Target.RETURN,
                returnId, r.accountCode(), r.orderId(), blankToNull(reason), what));
        if (order != null) {
            order.note(now, "Operator " + actor + " " + what + (blankToNull(reason) == null ? "" : ": " + reason),
                    Source.OPERATOR);
        }
        LOG.info(() -> "Operator " + actor + " " + what);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
