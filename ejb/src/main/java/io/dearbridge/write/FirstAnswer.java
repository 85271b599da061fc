package io.dearbridge.write;

import io.dearbridge.domain.refusal.Refusal;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The step every idempotent write shares: the first answer to a repeat; else {@code lock} takes the row the request
 * changes and {@code work} runs on it. The answer is looked for before the lock (a repeat needs none) and again after
 * it: a concurrent repeat may have committed while this one waited. A refusal of the rules ({@link Refusal}) leaves
 * as {@link RecordRefused}, which rolls the caller's transaction back. Plain code, run in the calling bean, so the
 * domain's refusals are caught here as thrown (through an EJB they would come back wrapped as system exceptions).
 */
public final class FirstAnswer {

    private FirstAnswer() {
    }

    public static <T> Answer orElse(IdempotentAnswers answers, Caller<?> caller, Supplier<T> lock,
                                    Function<T, Answer> work) {
        Optional<Answer> first = answers.replay(caller);
        if (first.isPresent()) {
            return first.get();
        }
        try {
            T locked = lock.get();
            return answers.replay(caller).orElseGet(() -> work.apply(locked));
        } catch (Refusal refused) {
            throw RecordRefused.of(refused);
        }
    }
}
