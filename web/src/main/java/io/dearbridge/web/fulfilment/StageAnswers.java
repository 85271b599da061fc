package io.dearbridge.web.fulfilment;

import io.dearbridge.fulfilment.StageRecorded;
import io.dearbridge.write.Answer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** How the API answers a recorded stage: 202 with a {@link StageReceipt}, or 200 when nothing changed. */
final class StageAnswers {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private StageAnswers() {
    }

    static Answer render(StageRecorded recorded) {
        return new Answer(recorded.changed() ? 202 : 200, JSONB.toJson(StageReceipt.of(recorded)), false);
    }
}
