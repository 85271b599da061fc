package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void aUserIsLockedAfterMaxFailuresInTheWindowAndFreedWhenTheOldestLeavesIt() {
        LoginThrottle throttle = new LoginThrottle(5, 100, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.locked("admin", "10.0.0." + i, T0.plusSeconds(i)).isEmpty(), "attempt " + i);
            throttle.failed("admin", "10.0.0." + i, T0.plusSeconds(i));
        }
        Optional<Duration> lock = throttle.locked("admin", "10.0.0.9", T0.plusSeconds(10));
        assertEquals(Optional.of(Duration.ofMinutes(15).minusSeconds(10)), lock, "locked from any address");
        assertTrue(throttle.locked("viewer", "10.0.0.9", T0.plusSeconds(10)).isEmpty(), "other users are not");
        assertTrue(throttle.locked("admin", "10.0.0.9", T0.plus(Duration.ofMinutes(15)).plusSeconds(1)).isEmpty());
    }

    @Test
    void aSourceIsLockedAfterItsOwnMaximumWhateverTheNames() {
        LoginThrottle throttle = new LoginThrottle(5, 3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            throttle.failed("name" + i, "203.0.113.7", T0);
        }
        assertTrue(throttle.locked("someone-else", "203.0.113.7", T0).isPresent());
        assertTrue(throttle.locked("someone-else", "203.0.113.8", T0).isEmpty());
    }

    @Test
    void successClearsTheUserButNotTheSourceAndAPasswordChangeClearsTheUser() {
        LoginThrottle throttle = new LoginThrottle(2, 3, Duration.ofMinutes(1));
        throttle.failed("admin", "a", T0);
        throttle.failed("admin", "a", T0);
        assertTrue(throttle.locked("admin", "b", T0).isPresent());
        throttle.forget("admin");
        assertTrue(throttle.locked("admin", "b", T0).isEmpty());
        throttle.failed("admin", "a", T0);
        throttle.succeeded("admin");
        throttle.failed("admin", "a", T0);
        assertTrue(throttle.locked("admin", "b", T0).isEmpty(), "one failure since the success");
        assertTrue(throttle.locked("x", "a", T0).isPresent(), "the source keeps its three failures");
    }

    @Test
    void namesAreCountedCaseInsensitivelyAndUnknownNamesAlike() {
        LoginThrottle throttle = new LoginThrottle(1, 100, Duration.ofMinutes(1));
        throttle.failed("Admin", "a", T0);
        assertTrue(throttle.locked("admin", "b", T0).isPresent());
        throttle.failed("nobody-by-this-name", "a", T0);
        assertFalse(throttle.locked("nobody-by-this-name", "b", T0).isEmpty());
    }
}
