package io.dearbridge.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The replay-all runs of this node, for the page that started one to poll. Kept in memory: a run lives minutes,
 * and its effect (each replay, audited) is in the database whatever happens to this record.
 */
@ApplicationScoped
public class ReplayRuns {

    private static final int KEEP = 50;

    private final Map<String, ReplayRun> runs = new ConcurrentHashMap<>();

    void put(ReplayRun run) {
        if (runs.size() >= KEEP) {
            runs.values().removeIf(ReplayRun::finished);
        }
        runs.put(run.id(), run);
    }

    ReplayRun update(String id, UnaryOperator<ReplayRun> change) {
        return runs.computeIfPresent(id, (key, run) -> change.apply(run));
    }

    Optional<ReplayRun> find(String id) {
        return Optional.ofNullable(id == null ? null : runs.get(id));
    }
}
