package io.dearbridge.inbox;

import io.dearbridge.domain.inbox.EventSource;
import io.dearbridge.health.InboxWriterProbe;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for the webhook receiver: each request hands its event to the writer thread and waits for the
 * transaction that stores it, so the answer still follows the commit, but the events that arrive while one
 * transaction commits share the next one. Measured, a transaction per webhook held ingest to a fifth of what
 * PostgreSQL inserts alone (docs/benchmarks.md). One writer: a second measured no faster (both wait on the same
 * WAL flush), and with one, identical deliveries always meet in the same batch or the next.
 * <p>
 * Hand-written because neither WildFly nor Hibernate batches across requests.
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

    @Inject
    InboxWriterProbe probe;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    private Thread thread;

    private volatile boolean stopped;

    @PostConstruct
    void start() {
        int batchSize = settings.writeBatch();
        thread = threads.newThread(() -> run(batchSize));
        thread.setName("inbox-writer");
        thread.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
        thread.interrupt();
    }

    /**
     * Stores the event and answers once it is committed.
     *
     * @throws InboxWriteException when it could not be stored in time; it may still be committed later, and
     *                             DEAR's retry is then recognised as a duplicate
     */
    public Receipt store(IncomingEvent event) {
        if (stopped) {
            throw new InboxWriteException("The bridge is shutting down.", null);
        }
        Pending pending = new Pending(event, new CompletableFuture<>());
        probe.enqueued();
        queue.add(pending);
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
        } finally {
            probe.answered();
        }
    }

    private record Pending(IncomingEvent event, CompletableFuture<Receipt> receipt) {
    }

    /** The writer: takes whatever has queued up (at most a batch) and commits it in one transaction. */
    private void run(int batchSize) {
        List<Pending> batch = new ArrayList<>();
        while (!stopped) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    probe.progressed();
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                commit(batch);
                probe.progressed();
            } catch (InterruptedException e) {
                break;
            } catch (Error e) {
                // commit() answers every exception; an Error (a missing driver class, say) must not end the
                // only writer, or every later webhook would wait out write-timeout and be refused.
                LOG.log(Level.SEVERE, "Inbox writer failed on a batch of " + batch.size() + "; those webhooks are answered 503", e);
                batch.forEach(p -> p.receipt.completeExceptionally(
                        new InboxWriteException("The inbox writer failed: " + e, e)));
            } finally {
                batch.clear();
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.receipt.completeExceptionally(
                new InboxWriteException("The bridge is shutting down.", null)));
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
            batch.forEach(this::storeAlone);
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
