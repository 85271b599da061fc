package io.dearbridge.web.returns;

import io.dearbridge.returns.ReturnRecorded;
import io.dearbridge.write.Answer;

/** How the API answers a recorded return: 202 when a DEAR command was queued, 200 when DEAR already has it all. */
final class ReturnAnswers {

    private ReturnAnswers() {
    }

    static Answer render(ReturnRecorded recorded) {
        return new Answer(recorded.queued() ? 202 : 200, recorded.json(), false);
    }
}
