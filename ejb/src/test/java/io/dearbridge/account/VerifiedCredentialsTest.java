package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final String HASH = "10$salt$hash";

    private final VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(5), 3);

    @Test
    void aVerifiedPasswordIsKnownAgainstTheSameHashOnly() {
        assertFalse(cache.knows("ann", "secret-1", HASH, T0), "nothing before bcrypt said yes");
        cache.verified("ann", "secret-1", HASH, T0);
        assertTrue(cache.knows("ann", "secret-1", HASH, T0.plusSeconds(1)));
        assertFalse(cache.knows("ann", "secret-2", HASH, T0.plusSeconds(1)), "another password");
        assertFalse(cache.knows("ann", "secret-1", "10$salt$new-hash", T0.plusSeconds(1)), "the password changed");
        assertFalse(cache.knows("bob", "secret-1", HASH, T0.plusSeconds(1)), "another user");
    }

    @Test
    void anEntryEndsWithItsTtl() {
        cache.verified("ann", "secret-1", HASH, T0);
        assertTrue(cache.knows("ann", "secret-1", HASH, T0.plus(Duration.ofMinutes(5)).minusMillis(1)));
        assertFalse(cache.knows("ann", "secret-1", HASH, T0.plus(Duration.ofMinutes(5))));
        assertEquals(0, cache.size(), "the expired entry is gone");
    }

    @Test
    void forgetDropsTheUser() {
        cache.verified("ann", "secret-1", HASH, T0);
        cache.forget("ann");
        assertFalse(cache.knows("ann", "secret-1", HASH, T0));
    }

    @Test
    void theSizeIsCapped() {
        cache.verified("a", "p", HASH, T0);
        cache.verified("b", "p", HASH, T0);
        cache.verified("c", "p", HASH, T0.plus(Duration.ofMinutes(4)));
        cache.verified("d", "p", HASH, T0.plus(Duration.ofMinutes(6)));
        assertTrue(cache.size() <= 3, "at most 3: " + cache.size());
        assertTrue(cache.knows("d", "p", HASH, T0.plus(Duration.ofMinutes(6))));
        assertTrue(cache.knows("c", "p", HASH, T0.plus(Duration.ofMinutes(6))), "only expired ones went");
        for (int i = 0; i < 10; i++) {
            cache.verified("u" + i, "p", HASH, T0.plus(Duration.ofMinutes(6)));
        }
        assertTrue(cache.size() <= 3, "full of live entries, still at most 3: " + cache.size());
    }

    @Test
    void aZeroTtlCachesNothing() {
        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, 100);
        off.verified("ann", "secret-1", HASH, T0);
        assertFalse(off.knows("ann", "secret-1", HASH, T0));
    }

    @Test
    void concurrentChecksOfTheSameCredentialsShareOneBcryptAndADifferentPasswordDoesNot() throws Exception {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.function.BooleanSupplier slowBcrypt = () -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        };
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.concurrent.Future<Boolean> first = threads.submit(() -> cache.verifyOnce("w", "pw", "h1", slowBcrypt));
            started.await();
            java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                same.add(threads.submit(() -> cache.verifyOnce("w", "pw", "h1", slowBcrypt)));
            }
            Thread.sleep(100);
            assertEquals(1, runs.get(), "the identical checks wait for the one running");
            java.util.concurrent.atomic.AtomicInteger otherRuns = new java.util.concurrent.atomic.AtomicInteger();
            assertFalse(cache.verifyOnce("w", "other", "h1", () -> otherRuns.incrementAndGet() < 0),
                    "another password gets its own answer");
            assertEquals(1, otherRuns.get(), "another password runs its own bcrypt, not waiting for the first");
            release.countDown();
            assertTrue(first.get());
            for (java.util.concurrent.Future<Boolean> f : same) {
                assertTrue(f.get());
            }
            assertEquals(1, runs.get());
            assertTrue(cache.verifyOnce("w", "pw", "h1", () -> {
                runs.incrementAndGet();
                return true;
            }));
            assertEquals(2, runs.get(), "once answered, the next check runs bcrypt again (the cache, not this, remembers)");
        } finally {
            threads.shutdownNow();
        }
    }
}
