package io.dearbridge.console;

import java.util.Map;

/** How many inbox events and outbox commands are in each state now. */
public record DashboardCounts(Map<String, Long> inbox, Map<String, Long> outbox) {
}
