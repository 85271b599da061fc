package io.dearbridge.simulator.time;

/** Injected latency; tests replace it so they never actually wait. */
@FunctionalInterface
public interface Sleeper {

    void sleep(long millis);

    static Sleeper real() {
        return millis -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
