package io.dearbridge.sync;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * The executor of timed per-account DEAR work that waits on its thread for the account's rate tokens: reconciliation
 * passes and webhook heals. Kept off the container's default executor, which runs the inbox and outbox items: with a
 * hundred accounts, their passes queued there (each sleeping for a token) held every item up behind them. Bounded, so
 * a tick of many accounts queues here; 32, because these threads mostly sleep (a heal of 14 calls at one a second)
 * and a hundred accounts' heals at 8 threads took over three minutes.
 */
@ManagedExecutorDefinition(name = BackgroundWork.JNDI_NAME, maxAsync = BackgroundWork.THREADS)
@ApplicationScoped
public class BackgroundWork {

    static final String JNDI_NAME = "java:app/concurrent/dearbridge-background";
    static final int THREADS = 32;

    @Resource(lookup = JNDI_NAME)
    ManagedExecutorService executor;

    public void execute(Runnable task) {
        executor.execute(task);
    }

    public <T> Future<T> submit(Callable<T> task) {
        return executor.submit(task);
    }
}
