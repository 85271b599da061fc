package io.dearbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckedSubscriptionsTest {

    @Test
    void dearIsAskedOnceAMinutePerAccountAndAgainAfterAHeal() {
        CheckedSubscriptions cache = new CheckedSubscriptions();
        Instant start = Instant.parse("2026-12-06T10:00:00Z");
        AtomicInteger reads = new AtomicInteger();
        cache.useClock(Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 5; i++) {
            cache.get("demo", () -> { reads.incrementAndGet(); return List.of(); });
        }
        assertEquals(1, reads.get(), "five checks within a minute");
        cache.get("acme", () -> { reads.incrementAndGet(); return List.of(); });
        assertEquals(2, reads.get(), "another account is its own entry");
        cache.useClock(Clock.fixed(start.plus(Duration.ofSeconds(61)), ZoneOffset.UTC));
        cache.get("demo", () -> { reads.incrementAndGet(); return List.of(); });
        assertEquals(3, reads.get(), "a minute later DEAR is read again");
        cache.forget("demo");
        cache.get("demo", () -> { reads.incrementAndGet(); return List.of(); });
        assertEquals(4, reads.get(), "a heal forgets the account");
    }
}
