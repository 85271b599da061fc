package io.dearbridge.console;

import java.util.Map;
import java.util.Set;

/**
 * How many inbox events and outbox commands are in each state now. The states named in {@code inboxEstimated} and
 * {@code outboxEstimated} hold 100,000 or more and show PostgreSQL's estimate: counting millions reads them all.
 */
public record DashboardCounts(Map<String, Long> inbox, Map<String, Long> outbox, Set<String> inboxEstimated,
                              Set<String> outboxEstimated) {

    public DashboardCounts(Map<String, Long> inbox, Map<String, Long> outbox) {
        this(inbox, outbox, Set.of(), Set.of());
    }
}
