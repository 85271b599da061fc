package io.dearbridge.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Event type → its one handler. Two handlers claiming one type is a deployment error, said at once and by name. */
final class InboxRoutes {

    private final Map<String, InboxEventHandler> byType;

    private InboxRoutes(Map<String, InboxEventHandler> byType) {
        this.byType = Map.copyOf(byType);
    }

    static InboxRoutes of(List<? extends InboxEventHandler> handlers) {
        Map<String, InboxEventHandler> byType = new HashMap<>();
        for (InboxEventHandler handler : handlers) {
            for (String type : handler.eventTypes()) {
                InboxEventHandler other = byType.putIfAbsent(type, handler);
                if (other != null) {
                    throw new IllegalStateException("Inbox event type " + type + " is claimed by two handlers: "
                            + name(other) + " and " + name(handler));
                }
            }
        }
        return new InboxRoutes(byType);
    }

    Optional<InboxEventHandler> forType(String eventType) {
        return Optional.ofNullable(byType.get(eventType));
    }

    /** Each handler with the number of types it takes, for the log at start. */
    String describe() {
        Map<String, Long> byHandler = new java.util.TreeMap<>();
        byType.values().forEach(handler -> byHandler.merge(name(handler), 1L, Long::sum));
        return byHandler.isEmpty() ? "no handlers" : byHandler.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " type)" : " types)"))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** EJB proxies are named after the bean's class with a suffix; the bean's name is enough to find it. */
    private static String name(InboxEventHandler handler) {
        return handler.getClass().getName().replaceAll("\\$\\$.*", "");
    }
}
