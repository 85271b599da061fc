package io.dearbridge.simulator.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DEAR's endpoint table. Paths match case-insensitively: docs/dear-api.md §1.1 notes clients use both {@code saleList}
 * and {@code SaleList} successfully.
 */
public final class DearRoutes {

    public record Route(String path, Map<String, DearHandler> verbs) {
    }

    private final Map<String, Route> byPath = new ConcurrentHashMap<>();

    public DearRoutes add(String path, String method, DearHandler handler) {
        byPath.computeIfAbsent(path.toLowerCase(), k -> new Route(path, new LinkedHashMap<>()))
                .verbs().put(method.toUpperCase(), handler);
        return this;
    }

    public Optional<Route> find(String path) {
        return Optional.ofNullable(byPath.get(path.toLowerCase()));
    }
}
