package io.dearbridge.domain.sync;

import java.util.Objects;

/** Why an attempt failed, as DEAR said it: kept for the admin console. */
public record SyncFailure(FailureKind kind, Integer httpStatus, String message) {

    static final int MAX_MESSAGE = 4000;

    public SyncFailure {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : truncate(message);
    }

    static String truncate(String text) {
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    public String describe() {
        return httpStatus == null ? kind + ": " + message : kind + " (HTTP " + httpStatus + "): " + message;
    }
}
