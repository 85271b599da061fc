package io.dearbridge.simulator.app;

import io.dearbridge.simulator.time.TaskScheduler;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Schedules on the server's managed scheduler but runs the work on the managed executor, so a slow webhook receiver
 * (up to the 10 s timeout) never holds up the scheduler's few threads.
 */
final class ManagedTaskScheduler implements TaskScheduler {

    private final ManagedScheduledExecutorService scheduler;
    private final ManagedExecutorService executor;

    ManagedTaskScheduler(ManagedScheduledExecutorService scheduler, ManagedExecutorService executor) {
        this.scheduler = scheduler;
        this.executor = executor;
    }

    @Override
    public void schedule(Runnable task, long delayMillis) {
        scheduler.schedule(() -> executor.execute(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }
}
