package io.dearbridge.simulator.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One call to the DEAR API as the router sees it. Query names are case-insensitive because clients in the wild
 * send both {@code Page} and {@code page} (docs/dear-api.md §1.5). The body is parsed lazily so that a call refused
 * for credentials or throttling never gets as far as reading it.
 */
public record DearRequest(String method, String path, String rawQuery, Map<String, String> query,
                          String accountIdHeader, String applicationKeyHeader, Supplier<Object> body) {

    public DearRequest {
        Map<String, String> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (query != null) {
            ci.putAll(query);
        }
        query = ci;
        method = method.toUpperCase();
        path = trimSlashes(path == null ? "" : path);
        body = body == null ? () -> null : body;
    }

    public String param(String name) {
        String v = query.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static String trimSlashes(String p) {
        String s = p;
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
