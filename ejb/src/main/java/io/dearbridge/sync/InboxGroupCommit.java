package io.dearbridge.sync;

import io.dearbridge.domain.sync.EventSource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for the webhook receiver: each request hands its event to a writer thread and waits for the
 * transaction that stores it, so the answer still follows the commit, but the events that arrive while one
 * transaction commits share the next one. Measured, a transaction per webhook held ingest to a fifth of what
 * PostgreSQL inserts alone (docs/benchmarks.md).
 * <p>
 * Like PostgreSQL's {@code commit_delay}, a writer lingers briefly for requests that are already on their way
 * (counted by {@link #arrive()}), so that a few concurrent webhooks share one commit instead of trickling in one
 * by one. Hand-written because neither WildFly nor Hibernate batches across requests. With several writers,
 * events are spread by content, so identical deliveries always meet on the same writer and are merged in order.
 */
@ApplicationScoped
public class InboxGroupCommit {

    private static final Logger LOG = Logger.getLogger(InboxGroupCommit.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    InboxBatchWriter writer;

    @Inject
    InboxSettings settings;

    private Lane[] lanes;

    private final AtomicInteger arriving = new AtomicInteger();

    private int batchSize;

    private long lingerNanos;

    private volatile boolean stopped;

    @PostConstruct
    void start() {
        batchSize = settings.writeBatch();
        lingerNanos = settings.writeLinger().toNanos();
        lanes = new Lane[settings.writers()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane();
            Thread thread = threads.newThread(lanes[i]);
            thread.setName("inbox-writer-" + i);
            thread.start();
            lanes[i].thread = thread;
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        for (Lane lane : lanes) {
            lane.thread.interrupt();
        }
    }

    /** Announces a request that will store an event shortly; close the arrival whether it does or not. */
    public Arrival arrive() {
        arriving.incrementAndGet();
        return new Arrival();
    }

    /** A request between reading its body and handing its event over. */
    public final class Arrival implements AutoCloseable {

        private boolean open = true;

        /**
         * Stores the event and answers once it is committed.
         *
         * @throws InboxWriteException when it could not be stored in time; it may still be committed later, and
         *                             DEAR's retry is then recognised as a duplicate
         */
        public Receipt store(IncomingEvent event) {
            return InboxGroupCommit.this.store(event, this);
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                arriving.decrementAndGet();
            }
        }
    }

    private Receipt store(IncomingEvent event, Arrival arrival) {
        if (stopped) {
            throw new InboxWriteException("The bridge is shutting down.", null);
        }
        Pending pending = new Pending(event);
        int content = Objects.hash(event.key().accountCode(), event.key().eventType(), event.payload());
        lanes[Math.floorMod(content, lanes.length)].queue.add(pending);
        arrival.close();
        try {
            return pending.receipt.get(settings.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new InboxWriteException("The inbox did not commit within " + settings.writeTimeout() + ".", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InboxWriteException("Interrupted while waiting for the inbox.", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof InboxWriteException failure ? failure
                    : new InboxWriteException("The inbox could not store the event.", e.getCause());
        }
    }

    private record Pending(IncomingEvent event, CompletableFuture<Receipt> receipt) {
        Pending(IncomingEvent event) {
            this(event, new CompletableFuture<>());
        }
    }

    /** One writer: takes whatever has queued up (at most a batch) and commits it in one transaction. */
    private final class Lane implements Runnable {

        final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        Thread thread;

        @Override
        public void run() {
            List<Pending> batch = new ArrayList<>();
            while (!stopped) {
                try {
                    Pending first = queue.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                    linger(batch);
                    commit(batch);
                } catch (InterruptedException e) {
                    break;
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Inbox writer failed unexpectedly; its requests are answered 503", e);
                    batch.forEach(p -> p.receipt.completeExceptionally(e));
                } finally {
                    batch.clear();
                }
            }
            List<Pending> left = new ArrayList<>();
            queue.drainTo(left);
            left.forEach(p -> p.receipt.completeExceptionally(
                    new InboxWriteException("The bridge is shutting down.", null)));
        }

        /** Waits, at most the linger time, while requests that will join are still being validated. */
        private void linger(List<Pending> batch) throws InterruptedException {
            long deadline = System.nanoTime() + lingerNanos;
            while (batch.size() < batchSize && arriving.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                Pending next = queue.poll(Math.min(left, 50_000), TimeUnit.NANOSECONDS);
                if (next != null) {
                    batch.add(next);
                    queue.drainTo(batch, batchSize - batch.size());
                }
            }
        }

        private void commit(List<Pending> batch) {
            try {
                List<Receipt> receipts = writer.store(batch.stream().map(Pending::event).toList(), EventSource.WEBHOOK);
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).receipt.complete(receipts.get(i));
                }
            } catch (RuntimeException batchFailure) {
                // Typically another node committed an identical delivery first (unique dedupe key) or one row is
                // unstorable: one at a time, each then sees the other's row or fails alone.
                LOG.log(Level.WARNING, "Inbox batch of {0} failed ({1}); storing its events one by one",
                        new Object[] {batch.size(), batchFailure.getMessage()});
                for (Pending pending : batch) {
                    storeAlone(pending);
                }
            }
        }

        private void storeAlone(Pending pending) {
            try {
                pending.receipt.complete(writer.store(List.of(pending.event), EventSource.WEBHOOK).get(0));
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Inbox could not store a {0} event for {1}: {2}", new Object[] {
                        pending.event.key().eventType(), pending.event.key().accountCode(), failure.getMessage()});
                pending.receipt.completeExceptionally(failure);
            }
        }
    }
}
