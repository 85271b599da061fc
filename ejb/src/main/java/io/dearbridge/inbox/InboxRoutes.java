package io.dearbridge.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Event type → its one handler. Two handlers claiming one type is a deployment error, said at once and by name. */
final class InboxRoutes {

    /** A handler with the name of its bean class (the instance may be a container proxy). */
    record Named(String name, InboxEventHandler handler) {
    }

    private final Map<String, Named> byType;

    private InboxRoutes(Map<String, Named> byType) {
        this.byType = Map.copyOf(byType);
    }

    static InboxRoutes of(List<Named> handlers) {
        Map<String, Named> byType = new HashMap<>();
        for (Named named : handlers) {
            for (String type : named.handler().eventTypes()) {
                Named other = byType.putIfAbsent(type, named);
                if (other != null) {
                    throw new IllegalStateException("Inbox event type " + type + " is claimed by two handlers: "
                            + other.name() + " and " + named.name());
                }
            }
        }
        return new InboxRoutes(byType);
    }

    Optional<InboxEventHandler> forType(String eventType) {
        return Optional.ofNullable(byType.get(eventType)).map(Named::handler);
    }

    /** Each handler with the number of types it takes, for the log at start. */
    String describe() {
        Map<String, Long> byHandler = new TreeMap<>();
        byType.values().forEach(named -> byHandler.merge(named.name(), 1L, Long::sum));
        return byHandler.isEmpty() ? "no handlers" : byHandler.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " type)" : " types)"))
                .collect(Collectors.joining(", "));
    }
}
