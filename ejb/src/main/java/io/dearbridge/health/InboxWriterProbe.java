package io.dearbridge.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the inbox writer reports about itself: webhooks waiting for their commit, and when it last finished a batch
 * (or found none). It lives here, in the EAR's lib/, because the health checks cannot see the EJB module; the writer
 * (which can see lib/) injects it.
 */
@ApplicationScoped
public class InboxWriterProbe {

    private final AtomicLong waiting = new AtomicLong();
    private volatile long lastProgress = System.nanoTime();

    public void enqueued() {
        waiting.incrementAndGet();
    }

    public void answered() {
        waiting.decrementAndGet();
    }

    /** The writer finished a batch, or polled and found the queue empty. */
    public void progressed() {
        lastProgress = System.nanoTime();
    }

    public long waiting() {
        return waiting.get();
    }

    public Duration sinceProgress() {
        return Duration.ofNanos(System.nanoTime() - lastProgress);
    }

    /** Webhooks are waiting and the writer has not moved for longer than {@code limit}. */
    public boolean stalled(Duration limit) {
        return waiting() > 0 && sinceProgress().compareTo(limit) > 0;
    }
}
