package io.dearbridge.push;

/** What DEAR answered to a push: a stage's state, or the TaskID of the fulfilment it created. */
public sealed interface PushAnswer permits StageAnswer, PushAnswer.NewFulfilment {

    /** DEAR's answer as it sent it (or as much of it as says what happened), kept with the command. */
    String raw();

    /** {@code POST sale/fulfilment} created this fulfilment. */
    record NewFulfilment(String taskId) implements PushAnswer {
        @Override
        public String raw() {
            return "{\"TaskID\":\"" + taskId + "\"}";
        }
    }
}
