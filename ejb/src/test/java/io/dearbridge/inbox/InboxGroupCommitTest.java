package io.dearbridge.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.domain.inbox.EventSource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxGroupCommitTest {

    /** How long a test waits for a condition before it fails; generous, as it only matters when something is wrong. */
    private static final long PATIENCE_SECONDS = 30;

    /**
     * Stands in for the database: numbers each event, remembers each batch, can refuse an event, and can hold a
     * commit open until the test lets it go (the latches make "arrives during a commit" certain, not a matter of
     * timing).
     */
    static final class FakeWriter extends InboxBatchWriter {
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        final List<Integer> refusedBatchSizes = new CopyOnWriteArrayList<>();
        final Map<String, Long> ids = new ConcurrentHashMap<>();
        final AtomicLong next = new AtomicLong(1);
        /** Counted down when a commit has begun. */
        final CountDownLatch committing = new CountDownLatch(1);
        /** While closed, every commit waits here: the one in hand stays open. */
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holdCommits;
        volatile String poison;
        volatile String fatal;

        @Override
        public List<Receipt> store(List<IncomingEvent> events, EventSource source) {
            batchSizes.add(events.size());
            committing.countDown();
            if (holdCommits) {
                awaitLatch(release);
            }
            if (events.stream().anyMatch(e -> e.key().document().id().equals(fatal))) {
                throw new NoClassDefFoundError("org/postgresql/PGStatement");
            }
            if (events.stream().anyMatch(e -> e.key().document().id().equals(poison))) {
                refusedBatchSizes.add(events.size());
                throw new InboxWriteException("row refused", null);
            }
            List<Receipt> receipts = new ArrayList<>();
            for (IncomingEvent event : events) {
                long id = next.getAndIncrement();
                ids.put(event.key().document().id(), id);
                receipts.add(new Receipt(Receipt.Outcome.ACCEPTED, id));
            }
            return receipts;
        }
    }

    private final FakeWriter writer = new FakeWriter();
    private final InboxGroupCommit inbox = new InboxGroupCommit();
    private final io.dearbridge.health.InboxWriterProbe probe = new io.dearbridge.health.InboxWriterProbe();
    private final List<Thread> senderThreads = new CopyOnWriteArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(20, task -> {
        Thread thread = new Thread(task);
        thread.setDaemon(true);
        senderThreads.add(thread);
        return thread;
    });

    private void start(Duration timeout) {
        InboxSettings settings = new InboxSettings();
        settings.writeBatch = 64;
        settings.writeTimeout = timeout;
        inbox.settings = settings;
        inbox.writer = writer;
        inbox.probe = probe;
        inbox.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                Thread thread = new Thread(task);
                thread.setDaemon(true);
                return thread;
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        inbox.start();
    }

    @AfterEach
    void stop() {
        senders.shutdownNow();
        inbox.stop();
    }

    private static IncomingEvent event(String saleId) {
        return new IncomingEvent(EventKey.sale("demo", "Sale/OrderAuthorised", saleId, null, null),
                "{\"SaleID\":\"" + saleId + "\"}", true);
    }

    private Receipt send(String saleId) {
        return inbox.store(event(saleId));
    }

    @Test
    void aWriterStuckInItsCommitShowsAsStalledWhileWebhooksWaitAndRecoversAfter() throws Exception {
        start(Duration.ofSeconds(PATIENCE_SECONDS));
        writer.holdCommits = true;
        Future<Receipt> answer = senders.submit(() -> send("slow"));
        awaitLatch(writer.committing);
        assertEquals(1, probe.waiting());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!probe.stalled(Duration.ofMillis(50)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(probe.stalled(Duration.ofMillis(50)), "since progress " + probe.sinceProgress());
        assertFalse(probe.stalled(Duration.ofMinutes(10)));
        writer.release.countDown();
        answer.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertEquals(0, probe.waiting());
        assertFalse(probe.stalled(Duration.ofMillis(1)), "nothing waits, so nothing is stalled");
    }

    @Test
    void requestsArrivingDuringACommitShareTheNextAndEachGetsItsOwnReceipt() throws Exception {
        start(Duration.ofSeconds(PATIENCE_SECONDS));
        writer.holdCommits = true;
        List<Future<Receipt>> answers = new ArrayList<>();
        answers.add(senders.submit(() -> send("s0")));
        awaitLatch(writer.committing);
        // s0's commit is open; the other 19 arrive during it and are all waiting for their receipts.
        for (int i = 1; i < 20; i++) {
            String saleId = "s" + i;
            answers.add(senders.submit(() -> send(saleId)));
        }
        awaitWaitingForReceipts(19);
        writer.release.countDown();

        for (int i = 0; i < 20; i++) {
            long eventId = answers.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS).eventId();
            assertEquals(writer.ids.get("s" + i), eventId);
        }
        assertEquals(20, writer.batchSizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(writer.batchSizes.size() < 20, "batches: " + writer.batchSizes);
        assertTrue(writer.batchSizes.stream().anyMatch(size -> size > 1), "batches: " + writer.batchSizes);
        assertEquals(List.of(1, 19), writer.batchSizes, "the 19 that arrived during the first commit share the next");
    }

    @Test
    void aBatchThatFailsIsRetriedOneByOneSoOnlyTheBadEventIsRefused() throws Exception {
        start(Duration.ofSeconds(PATIENCE_SECONDS));
        writer.holdCommits = true;
        writer.poison = "bad";
        Future<Receipt> first = senders.submit(() -> send("first"));
        awaitLatch(writer.committing);
        // "first" commits alone; the good ones and the bad one queue up behind it and meet in the next batch.
        List<Future<Receipt>> good = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String saleId = "good" + i;
            good.add(senders.submit(() -> send(saleId)));
        }
        Future<Receipt> bad = senders.submit(() -> send("bad"));
        awaitWaitingForReceipts(6);
        writer.release.countDown();

        long firstId = first.get(PATIENCE_SECONDS, TimeUnit.SECONDS).eventId();
        assertEquals(writer.ids.get("first"), firstId);
        for (int i = 0; i < 5; i++) {
            long eventId = good.get(i).get(PATIENCE_SECONDS, TimeUnit.SECONDS).eventId();
            assertEquals(writer.ids.get("good" + i), eventId);
        }
        Exception refused = assertThrows(Exception.class, () -> bad.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof InboxWriteException, String.valueOf(refused.getCause()));
        assertTrue(!writer.ids.containsKey("bad"));
        // Otherwise the bad event met no good ones and the one-by-one retry went untested.
        assertTrue(writer.refusedBatchSizes.stream().anyMatch(size -> size > 1), "refused: " + writer.refusedBatchSizes);
        assertEquals(List.of(6, 1), writer.refusedBatchSizes, "the shared batch, then the bad event alone");
    }

    @Test
    void anErrorInOneBatchIsAnsweredAndTheWriterGoesOn() throws Exception {
        start(Duration.ofSeconds(PATIENCE_SECONDS));
        writer.fatal = "fatal";
        InboxWriteException failed = assertThrows(InboxWriteException.class, () -> send("fatal"));
        assertTrue(failed.getCause() instanceof NoClassDefFoundError, String.valueOf(failed.getCause()));
        long after = send("after").eventId();
        assertEquals(writer.ids.get("after"), after);
    }

    @Test
    void aCommitThatTakesTooLongIsNotAcknowledged() {
        start(Duration.ofMillis(100));
        // The commit stays open until the answer is in, so it takes too long however slow the machine is.
        writer.holdCommits = true;
        try {
            InboxWriteException late = assertThrows(InboxWriteException.class, () -> send("slow"));
            assertTrue(late.getMessage().contains("did not commit"), late.getMessage());
        } finally {
            writer.release.countDown();
        }
    }

    @Test
    void nothingIsAcceptedOnceStopped() {
        start(Duration.ofSeconds(PATIENCE_SECONDS));
        inbox.stop();
        assertThrows(InboxWriteException.class, () -> send("late"));
        assertTrue(writer.batchSizes.isEmpty());
    }

    /**
     * Waits until {@code count} sender threads are parked inside {@code InboxGroupCommit.store} on their receipt,
     * which they only wait for once their event is queued: then all of them are certainly in the queue.
     */
    private void awaitWaitingForReceipts(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (senderThreads.stream().filter(InboxGroupCommitTest::waitsForReceipt).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(count + " senders were not all waiting for their receipts");
            }
            Thread.sleep(5);
        }
    }

    private static boolean waitsForReceipt(Thread thread) {
        Thread.State state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        List<String> frames = java.util.Arrays.stream(thread.getStackTrace())
                .map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList();
        return frames.contains(InboxGroupCommit.class.getName() + ".store")
                && frames.stream().anyMatch(frame -> frame.startsWith(CompletableFuture.class.getName() + "."));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not counted down within " + PATIENCE_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
