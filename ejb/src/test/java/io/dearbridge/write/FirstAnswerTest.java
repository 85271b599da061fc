package io.dearbridge.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dearbridge.domain.order.FulfilmentRejected;
import io.dearbridge.domain.refusal.Refusal;
import io.dearbridge.domain.returns.ReturnRejected;
import org.junit.jupiter.api.Test;

class FirstAnswerTest {

    /** Without an Idempotency-Key nothing is looked up, so no database is needed. */
    private static final Caller<String> CALLER = new Caller<>("wh", null, "hash", s -> new Answer(202, s, false));

    @Test
    void theWorkRunsOnWhatTheLockTook() {
        Answer answer = FirstAnswer.orElse(new IdempotentAnswers(), CALLER, () -> "order 7",
                order -> CALLER.render().apply("recorded on " + order));
        assertEquals(new Answer(202, "recorded on order 7", false), answer);
    }

    @Test
    void aRefusalOfAnyAggregateLeavesAsRecordRefusedWithItsReason() {
        RecordRefused missing = assertThrows(RecordRefused.class, () -> FirstAnswer.orElse(new IdempotentAnswers(),
                CALLER, () -> {
                    throw new ReturnRejected(Refusal.Reason.NOT_FOUND, "No return 3.");
                }, order -> null));
        assertEquals(Refusal.Reason.NOT_FOUND, missing.reason());
        assertEquals(404, missing.status());
        assertEquals("No return 3.", missing.getMessage());

        RecordRefused conflict = assertThrows(RecordRefused.class, () -> FirstAnswer.orElse(new IdempotentAnswers(),
                CALLER, () -> "order 7", order -> {
                    throw FulfilmentRejected.conflict("Order 7 is on hold.");
                }));
        assertEquals(409, conflict.status());
        assertEquals("Order 7 is on hold.", conflict.getMessage());
    }
}
