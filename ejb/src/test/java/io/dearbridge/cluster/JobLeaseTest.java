package io.dearbridge.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobLeaseTest {

    /** The lease table in memory, with the SQL's conditions. */
    static final class FakeLeases extends JobLeases {
        record Row(String owner, Instant until, Instant lastRun) {
        }

        final Map<String, Row> rows = new HashMap<>();

        @Override
        public synchronized void ensure(String name) {
            rows.putIfAbsent(name, new Row(null, null, null));
        }

        @Override
        public synchronized boolean acquire(String name, String owner, Duration lease, Duration spacing, Instant now) {
            Row r = rows.get(name);
            boolean free = r.until() == null || r.until().isBefore(now) || owner.equals(r.owner());
            boolean spaced = spacing.isZero() || r.lastRun() == null || !r.lastRun().isAfter(now.minus(spacing));
            if (free && spaced) {
                rows.put(name, new Row(owner, now.plus(lease), r.lastRun()));
                return true;
            }
            return false;
        }

        @Override
        public synchronized void release(String name, String owner, Instant now, String outcome) {
            Row r = rows.get(name);
            if (owner.equals(r.owner())) {
                rows.put(name, new Row(null, null, now));
            }
        }
    }

    private final FakeLeases leases = new FakeLeases();
    private final JobLease lease = new JobLease();

    JobLeaseTest() {
        lease.leases = leases;
    }

    @Test
    void aJobRunsOnceAtATimeInThisNodeAndThenIsSpaced() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() ->
                lease.runOnce("reconcile:demo", Duration.ofMinutes(10), Duration.ofMinutes(5), () -> {
                    running.countDown();
                    await(finish);
                    return "first";
                }));
        assertTrue(running.await(10, TimeUnit.SECONDS));
        // The same node's lease row would let it in again; the deployment's own record of running jobs does not.
        assertEquals(Optional.empty(), lease.runOnce("reconcile:demo", Duration.ofMinutes(10), Duration.ZERO,
                () -> "second"));
        finish.countDown();
        assertEquals(Optional.of("first"), first.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), lease.runOnce("reconcile:demo", Duration.ofMinutes(10), Duration.ofMinutes(5),
                () -> "too soon"), "the timer's next run waits out the spacing");
        assertEquals(Optional.of("on demand"), lease.runOnce("reconcile:demo", Duration.ofMinutes(10), Duration.ZERO,
                () -> "on demand"));
    }

    @Test
    void anotherNodesLeaseKeepsThisNodeOutUntilItRunsOutAndTheWaitingCallGivesUp() {
        leases.ensure("webhooks:demo");
        leases.rows.put("webhooks:demo", new FakeLeases.Row("other-node", Instant.now().plusSeconds(60), null));
        long start = System.nanoTime();
        assertEquals(Optional.empty(), lease.runOnce("webhooks:demo", Duration.ofMinutes(10), Duration.ZERO,
                Duration.ofMillis(500), () -> "healed"));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(500), "it waited its patience");
        leases.rows.put("webhooks:demo", new FakeLeases.Row("other-node", Instant.now().minusSeconds(1), null));
        assertEquals(Optional.of("healed"), lease.runOnce("webhooks:demo", Duration.ofMinutes(10), Duration.ZERO,
                () -> "healed"));
    }

    @Test
    void aLeaseThisNodeLeftBehindIsTakenBackAtOnce() {
        leases.ensure("retention");
        leases.rows.put("retention", new FakeLeases.Row(lease.owner(), Instant.now().plusSeconds(600), null));
        assertEquals(Optional.of(1), lease.runOnce("retention", Duration.ofHours(1), Duration.ZERO, () -> 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
