package io.dearbridge.write;

import io.dearbridge.domain.idempotency.IdempotentRequest;
import io.dearbridge.domain.refusal.Refusal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Stores and finds the first answer to a request that carried an Idempotency-Key. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IdempotentAnswers {

    @PersistenceContext
    EntityManager em;

    /** The first answer under this key, if any; a different request under the same key is refused. */
    public Optional<Answer> replay(Caller<?> caller) {
        if (!caller.idempotent()) {
            return Optional.empty();
        }
        return em.createNamedQuery(IdempotentRequest.BY_KEY, IdempotentRequest.class)
                .setParameter("principal", caller.principal())
                .setParameter("key", caller.idempotencyKey())
                .getResultStream().findFirst().map(stored -> {
                    if (!stored.sameRequest(caller.requestHash())) {
                        throw new RecordRefused(Refusal.Reason.KEY_REUSED, "Idempotency-Key '"
                                + caller.idempotencyKey() + "' was already used for a different request.");
                    }
                    return new Answer(stored.httpStatus(), stored.body(), true);
                });
    }

    /** Joins the caller's transaction, so the answer is stored exactly when the effect is. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void remember(Caller<?> caller, Answer answer) {
        if (caller.idempotent()) {
            em.persist(new IdempotentRequest(caller.principal(), caller.idempotencyKey(), caller.requestHash(),
                    answer.status(), answer.body(), Instant.now()));
        }
    }
}
