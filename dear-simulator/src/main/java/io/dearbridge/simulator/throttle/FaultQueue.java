package io.dearbridge.simulator.throttle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Injected faults in the order they were added; the first one matching a call takes it. Deterministic by design. */
public final class FaultQueue {

    private final List<Fault> faults = new ArrayList<>();

    public synchronized void add(Fault fault) {
        faults.add(fault);
    }

    public synchronized Optional<Fault> take(String method, String path) {
        for (Fault f : faults) {
            if (f.matches(method, path)) {
                f.consume();
                if (f.spent()) {
                    faults.remove(f);
                }
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        faults.clear();
    }
}
