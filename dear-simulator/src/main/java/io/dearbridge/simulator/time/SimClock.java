package io.dearbridge.simulator.time;

import java.time.Instant;

/** The simulator's notion of now; tests substitute a clock they advance by hand. */
@FunctionalInterface
public interface SimClock {

    Instant now();

    static SimClock system() {
        return Instant::now;
    }
}
