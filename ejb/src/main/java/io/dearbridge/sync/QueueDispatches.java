package io.dearbridge.sync;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.rate.Lane;
import io.dearbridge.dear.rate.RateGovernor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/** Makes a queue's {@link QueueDispatch} on the container's executors, the rate governor and the configured accounts. */
@ApplicationScoped
public class QueueDispatches {

    @Inject
    RateGovernor governor;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AccountRegistry accounts;

    public <C> QueueDispatch<C> create(String name, Lane lane, QueueSettings settings, QueueDispatch.Queue<C> queue) {
        return new QueueDispatch<>(name, lane, settings, new QueueDispatch.Services(governor, executor, scheduler,
                () -> accounts.all().stream().map(DearAccount::code).toList()), queue);
    }
}
