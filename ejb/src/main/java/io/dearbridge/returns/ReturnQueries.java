package io.dearbridge.returns;

import io.dearbridge.domain.outbox.OrderingKey;
import io.dearbridge.domain.outbox.OutboxCommand;
import io.dearbridge.domain.returns.WarehouseReturn;
import io.dearbridge.account.AccountScope;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The warehouse's read side of returns, rendered inside the transaction so lazy lines are loaded. */
@Stateless
public class ReturnQueries {

    @PersistenceContext
    EntityManager em;

    /** The return with its DEAR commands (a FAILED one carries DEAR's message for an operator). */
    public Optional<JsonObject> find(long id, AccountScope scope) {
        return Optional.ofNullable(em.find(WarehouseReturn.class, id)).filter(r -> scope.allows(r.accountCode()))
                .map(r -> ReturnJson.of(r, commands(r)));
    }

    private List<OutboxCommand> commands(WarehouseReturn r) {
        // Filtered here, not in SQL: the payload is a text column, which H2 cannot compare.
        return em.createQuery("select c from OutboxCommand c where c.accountCode = :account and c.orderingKey = :key"
                        + " and c.kind in :kinds order by c.id", OutboxCommand.class)
                .setParameter("account", r.accountCode())
                .setParameter("key", OrderingKey.ofOrder(r.orderId()))
                .setParameter("kinds", CreditNoteCommand.KINDS).getResultStream()
                .filter(c -> CreditNoteCommand.parse(c.payload()).returnId() == r.id()).toList();
    }

    /** Newest first: {@code items}, {@code page}, {@code size}, {@code total}. */
    public JsonObject list(ReturnFilter filter, AccountScope scope) {
        String where = " where (:account is null or r.accountCode = :account) and " + scope.jpql("r.accountCode")
                + " and (:status is null or r.status = :status)"
                + " and (:number is null or r.saleOrderNumber = :number)";
        TypedQuery<WarehouseReturn> query = em.createQuery("select r from WarehouseReturn r" + where
                + " order by r.id desc", WarehouseReturn.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from WarehouseReturn r" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("account", filter.accountCode());
            q.setParameter("status", filter.status());
            q.setParameter("number", filter.saleOrderNumber());
            scope.bind(q);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        query.setFirstResult((filter.page() - 1) * filter.size()).setMaxResults(filter.size()).getResultList()
                .forEach(r -> items.add(ReturnJson.of(r)));
        return Json.createObjectBuilder().add("items", items).add("page", filter.page()).add("size", filter.size())
                .add("total", count.getSingleResult()).build();
    }
}
