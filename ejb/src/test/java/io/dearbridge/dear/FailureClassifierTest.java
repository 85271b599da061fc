package io.dearbridge.dear;

import static io.dearbridge.domain.sync.FailureKind.CREDENTIALS;
import static io.dearbridge.domain.sync.FailureKind.PERMANENT;
import static io.dearbridge.domain.sync.FailureKind.THROTTLED;
import static io.dearbridge.domain.sync.FailureKind.TRANSIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void statusCodes() {
        assertEquals(THROTTLED, FailureClassifier.classify(503, false));
        assertEquals(THROTTLED, FailureClassifier.classify(429, false));
        assertEquals(TRANSIENT, FailureClassifier.classify(500, false));
        assertEquals(TRANSIENT, FailureClassifier.classify(502, false));
        assertEquals(TRANSIENT, FailureClassifier.classify(504, false));
        assertEquals(TRANSIENT, FailureClassifier.classify(408, false));
        assertEquals(PERMANENT, FailureClassifier.classify(400, true));
        assertEquals(PERMANENT, FailureClassifier.classify(404, true));
        assertEquals(PERMANENT, FailureClassifier.classify(405, true));
        assertEquals(PERMANENT, FailureClassifier.classify(409, true));
        assertEquals(CREDENTIALS, FailureClassifier.classify(403, false));
        assertEquals(TRANSIENT, FailureClassifier.classify(403, true));
    }

    @Test
    void a403IsABurstOnlyAfterRecentSuccessAndBelowTheThreshold() {
        AtomicLong now = new AtomicLong(0);
        CredentialWatch watch = new CredentialWatch(TimeUnit.MINUTES.toNanos(10), 3, now::get);

        assertFalse(watch.forbiddenButKnownGood("a"), "never worked: the keys are wrong");

        watch.answered("a");
        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        assertTrue(watch.forbiddenButKnownGood("a"), "first 403 after a success: burst");
        assertTrue(watch.forbiddenButKnownGood("a"), "second: still a burst");
        assertFalse(watch.forbiddenButKnownGood("a"), "third in a row: the keys are bad");

        watch.answered("a");
        assertTrue(watch.forbiddenButKnownGood("a"), "a success resets the count");

        watch.answered("a");
        now.addAndGet(TimeUnit.MINUTES.toNanos(11));
        assertFalse(watch.forbiddenButKnownGood("a"), "the last success is too old to vouch for the keys");

        assertFalse(watch.forbiddenButKnownGood("b"), "accounts are tracked apart");
    }
}
