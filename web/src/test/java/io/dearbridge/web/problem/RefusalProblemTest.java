package io.dearbridge.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.domain.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The status and title each refusal reason is answered with (RecordRefusedMapper): what the API has always given. */
class RefusalProblemTest {

    @Test
    void eachReasonHasItsStatusAndTitle() {
        assertAnswer(Refusal.Reason.INVALID, 400, "Bad Request");
        assertAnswer(Refusal.Reason.NOT_FOUND, 404, "Not Found");
        assertAnswer(Refusal.Reason.CONFLICT, 409, "Conflict");
        assertAnswer(Refusal.Reason.KEY_REUSED, 422, "Unprocessable Content");
    }

    private static void assertAnswer(Refusal.Reason reason, int status, String title) {
        assertEquals(status, reason.status(), reason.name());
        assertEquals(title, StatusTitle.of(reason.status()), reason.name());
    }
}
