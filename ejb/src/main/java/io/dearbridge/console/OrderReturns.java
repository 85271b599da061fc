package io.dearbridge.console;

import io.dearbridge.account.CallerAccounts;
import jakarta.inject.Inject;
import io.dearbridge.domain.returns.WarehouseReturn;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The returns of one order, as the console's order page lists them (with the state an operator acts on). */
@Stateless
@RolesAllowed({"admin", "viewer"})
public class OrderReturns {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callerAccounts;

    public List<WarehouseReturn> of(long orderId) {
        return em.createNamedQuery(WarehouseReturn.BY_ORDER, WarehouseReturn.class).setParameter("orderId", orderId)
                .getResultStream().filter(r -> callerAccounts.sees(r.accountCode())).toList();
    }
}
