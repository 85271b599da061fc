package io.dearbridge.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.inbox.EventKey;
import io.dearbridge.domain.inbox.EventSource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxGroupCommitTest {

    /** Stands in for the database: numbers each event, remembers each batch, can be slow or refuse an event. */
    static final class FakeWriter extends InboxBatchWriter {
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        final List<Integer> refusedBatchSizes = new CopyOnWriteArrayList<>();
        final Map<String, Long> ids = new ConcurrentHashMap<>();
        final AtomicLong next = new AtomicLong(1);
        volatile long delayMillis;
        volatile String poison;
        volatile String fatal;

        @Override
        public List<Receipt> store(List<IncomingEvent> events, EventSource source) {
            batchSizes.add(events.size());
            sleep(delayMillis);
            if (events.stream().anyMatch(e -> e.key().saleId().equals(fatal))) {
                throw new NoClassDefFoundError("org/postgresql/PGStatement");
            }
            if (events.stream().anyMatch(e -> e.key().saleId().equals(poison))) {
                refusedBatchSizes.add(events.size());
                throw new InboxWriteException("row refused", null);
            }
            List<Receipt> receipts = new ArrayList<>();
            for (IncomingEvent event : events) {
                long id = next.getAndIncrement();
                ids.put(event.key().saleId(), id);
                receipts.add(new Receipt(Receipt.Outcome.ACCEPTED, id));
            }
            return receipts;
        }
    }

    private final FakeWriter writer = new FakeWriter();
    private final InboxGroupCommit inbox = new InboxGroupCommit();
    private final ExecutorService senders = Executors.newFixedThreadPool(20);

    private void start(Duration timeout) {
        InboxSettings settings = new InboxSettings();
        settings.writeBatch = 64;
        settings.writeTimeout = timeout;
        inbox.settings = settings;
        inbox.writer = writer;
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
        return new IncomingEvent(new EventKey("demo", "Sale/OrderAuthorised", saleId, null, null),
                "{\"SaleID\":\"" + saleId + "\"}", true);
    }

    private Receipt send(String saleId) {
        return inbox.store(event(saleId));
    }

    @Test
    void requestsArrivingDuringACommitShareTheNextAndEachGetsItsOwnReceipt() throws Exception {
        start(Duration.ofSeconds(10));
        writer.delayMillis = 30;
        List<Future<Receipt>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String saleId = "s" + i;
            answers.add(senders.submit(() -> send(saleId)));
        }
        for (int i = 0; i < 20; i++) {
            long eventId = answers.get(i).get().eventId();
            assertEquals(writer.ids.get("s" + i), eventId);
        }
        assertEquals(20, writer.batchSizes.stream().mapToInt(Integer::intValue).sum());
        assertTrue(writer.batchSizes.size() < 20, "batches: " + writer.batchSizes);
        assertTrue(writer.batchSizes.stream().anyMatch(size -> size > 1), "batches: " + writer.batchSizes);
    }

    @Test
    void aBatchThatFailsIsRetriedOneByOneSoOnlyTheBadEventIsRefused() throws Exception {
        start(Duration.ofSeconds(10));
        writer.delayMillis = 30;
        writer.poison = "bad";
        Future<Receipt> first = senders.submit(() -> send("first"));
        Thread.sleep(10);
        List<Future<Receipt>> good = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String saleId = "good" + i;
            good.add(senders.submit(() -> send(saleId)));
        }
        Future<Receipt> bad = senders.submit(() -> send("bad"));

        long firstId = first.get().eventId();
        assertEquals(writer.ids.get("first"), firstId);
        for (int i = 0; i < 5; i++) {
            long eventId = good.get(i).get().eventId();
            assertEquals(writer.ids.get("good" + i), eventId);
        }
        Exception refused = assertThrows(Exception.class, bad::get);
        assertTrue(refused.getCause() instanceof InboxWriteException, String.valueOf(refused.getCause()));
        assertTrue(!writer.ids.containsKey("bad"));
        // Otherwise the bad event met no good ones and the one-by-one retry went untested.
        assertTrue(writer.refusedBatchSizes.stream().anyMatch(size -> size > 1), "refused: " + writer.refusedBatchSizes);
    }

    @Test
    void anErrorInOneBatchIsAnsweredAndTheWriterGoesOn() throws Exception {
        start(Duration.ofSeconds(10));
        writer.fatal = "fatal";
        InboxWriteException failed = assertThrows(InboxWriteException.class, () -> send("fatal"));
        assertTrue(failed.getCause() instanceof NoClassDefFoundError, String.valueOf(failed.getCause()));
        long after = send("after").eventId();
        assertEquals(writer.ids.get("after"), after);
    }

    @Test
    void aCommitThatTakesTooLongIsNotAcknowledged() {
        start(Duration.ofMillis(100));
        writer.delayMillis = 1_000;
        InboxWriteException late = assertThrows(InboxWriteException.class, () -> send("slow"));
        assertTrue(late.getMessage().contains("did not commit"), late.getMessage());
    }

    @Test
    void nothingIsAcceptedOnceStopped() {
        start(Duration.ofSeconds(10));
        inbox.stop();
        assertThrows(InboxWriteException.class, () -> send("late"));
        assertTrue(writer.batchSizes.isEmpty());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
