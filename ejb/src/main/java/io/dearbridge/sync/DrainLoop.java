package io.dearbridge.sync;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The drain shared by the inbox and outbox dispatchers: at most one drain runs per node; a kick while it runs
 * makes it look again before it ends; it claims and processes batches until none is due; and once stopped
 * (the application is shutting down) it claims nothing more, so shutdown waits only for work in hand.
 */
public final class DrainLoop<C> {

    private static final Logger LOG = Logger.getLogger(DrainLoop.class.getName());

    private final String name;
    private final Executor executor;
    private final Supplier<List<C>> claim;
    private final Consumer<List<C>> process;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public DrainLoop(String name, Executor executor, Supplier<List<C>> claim, Consumer<List<C>> process) {
        this.name = name;
        this.executor = executor;
        this.claim = claim;
        this.process = process;
    }

    /** Starts a drain unless one is running; a running drain is told to look again when it ends. */
    public void kick() {
        if (stopped.get()) {
            return;
        }
        again.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    public void stop() {
        stopped.set(true);
    }

    private void drain() {
        try {
            while (!stopped.get() && again.getAndSet(false)) {
                List<C> claims;
                while (!stopped.get() && !(claims = claim.get()).isEmpty()) {
                    process.accept(claims);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " drain stopped; the next poll resumes it", e);
        } finally {
            draining.set(false);
        }
    }
}
