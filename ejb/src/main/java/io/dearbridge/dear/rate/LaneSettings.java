package io.dearbridge.dear.rate;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * How an account's budget is shared while both lanes want it: {@code dearbridge.fairness.import-weight} and
 * {@code .write-weight}, the tokens a lane may take in a row while the other lane waits (default 1 and 3: a staged
 * ship is three writes, pick, pack and ship, for each imported order, so a ship behind an import backlog goes out in
 * three consecutive tokens and imports still get at least a quarter of the budget; at 1 and 1 a ship's three calls
 * each waited for an import's token, p95 7 s in issue 27's bench), a lane counting as wanting for
 * {@code .demand-memory} after its last try (PT10S, longer than the outbox's poll); and {@code .defer-after}
 * (PT0.1S), the longest a dispatched handler waits for a token before its work goes back to the queue, and how
 * near an account's token must be for its work to be claimed. Short, because the wait holds an executor thread:
 * at PT1S (about one token at 60 a minute) a hundred busy accounts' handlers slept a second each on the 16 threads,
 * and the node drained at a sixth of their budgets (docs/benchmarks.md, issue 27).
 */
public record LaneSettings(int importWeight, int writeWeight, Duration demandMemory, Duration deferAfter) {

    public static final LaneSettings DEFAULT = new LaneSettings(1, 3, Duration.ofSeconds(10), Duration.ofMillis(100));

    public LaneSettings {
        if (importWeight < 1 || writeWeight < 1 || demandMemory.isNegative() || deferAfter.isNegative()) {
            throw new IllegalArgumentException("lane weights must be at least 1 and durations not negative");
        }
    }

    public static LaneSettings read(Function<String, Optional<String>> config) {
        return new LaneSettings(
                config.apply("dearbridge.fairness.import-weight").map(v -> Integer.parseInt(v.trim()))
                        .orElse(DEFAULT.importWeight),
                config.apply("dearbridge.fairness.write-weight").map(v -> Integer.parseInt(v.trim()))
                        .orElse(DEFAULT.writeWeight),
                config.apply("dearbridge.fairness.demand-memory").map(v -> Duration.parse(v.trim()))
                        .orElse(DEFAULT.demandMemory),
                config.apply("dearbridge.fairness.defer-after").map(v -> Duration.parse(v.trim()))
                        .orElse(DEFAULT.deferAfter));
    }

    int weight(Lane lane) {
        return lane == Lane.WRITE ? writeWeight : importWeight;
    }
}
