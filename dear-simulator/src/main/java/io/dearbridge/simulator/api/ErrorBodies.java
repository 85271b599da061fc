package io.dearbridge.simulator.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEAR's Error Model (docs/dear-api.md §1.3), either as the documented object or wrapped in an array as some
 * accounts have been seen to send it. Which one is a per-account setting.
 */
public final class ErrorBodies {

    public static final String RATE_LIMIT_TEXT = "You have reached 60 calls per 60 seconds API limit.";
    public static final String BAD_CREDENTIALS = "Incorrect credentials!";

    private ErrorBodies() {
    }

    public static Object errorModel(int code, String exception, boolean asArray) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("ErrorCode", code);
        error.put("Exception", exception);
        return asArray ? List.of(error) : error;
    }

    /** The rate-limit text names the configured limit and window, like DEAR's own does for its 60/60. */
    public static String rateLimitText(int limit, int windowSeconds) {
        return "You have reached " + limit + " calls per " + windowSeconds + " seconds API limit.";
    }
}
