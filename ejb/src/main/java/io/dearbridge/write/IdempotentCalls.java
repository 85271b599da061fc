package io.dearbridge.write;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs an idempotent write outside its transaction, so that when two requests with the same key race (on
 * different orders, so the order lock does not order them) the loser, whose transaction the key's unique
 * constraint rolled back, answers with what the winner stored instead of an error.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotentCalls {

    @Inject
    IdempotentAnswers answers;

    public Answer run(Caller<?> caller, Supplier<Answer> write) {
        try {
            return write.get();
        } catch (EJBException e) {
            if (!caller.idempotent()) {
                throw e;
            }
            return answers.replay(caller).orElseThrow(() -> e);
        }
    }
}
