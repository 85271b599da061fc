package io.dearbridge.sync;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Makes a queue's {@link QueueDispatch} on the container's executors, the rate governor and the configured accounts.
 * The write lane (the outbox) runs on an executor of its own: on the default one, a warehouse write queued behind a
 * hundred busy accounts' imports at each of a ship's three calls (issue 27: ship p95 6.7 s where the tokens allow 3).
 * Few threads: one command per account is in flight, and each mostly waits for DEAR.
 */
@ManagedExecutorDefinition(name = QueueDispatches.WRITES, maxAsync = QueueDispatches.WRITE_THREADS)
@ApplicationScoped
public class QueueDispatches {

    static final String WRITES = "java:app/concurrent/dearbridge-writes";
    static final int WRITE_THREADS = 8;

    @Inject
    RateGovernor governor;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = WRITES)
    ManagedExecutorService writes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AccountRegistry accounts;

    public <C> QueueDispatch<C> create(String name, Lane lane, QueueSettings settings, QueueDispatch.Queue<C> queue) {
        return new QueueDispatch<>(name, lane, settings, new QueueDispatch.Services(governor,
                lane == Lane.WRITE ? writes : executor, scheduler,
                () -> accounts.all().stream().map(DearAccount::code).toList()), queue);
    }
}
