package io.dearbridge.simulator.time;

/** Runs work later. Production uses the server's managed scheduler; tests step a manual one. */
@FunctionalInterface
public interface TaskScheduler {

    void schedule(Runnable task, long delayMillis);
}
