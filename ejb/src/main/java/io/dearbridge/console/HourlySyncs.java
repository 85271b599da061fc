package io.dearbridge.console;

import java.time.Instant;
import java.util.List;

/** Attempts per hour over the last day, succeeded against failed (oldest hour first). */
public record HourlySyncs(List<Hour> hours) {

    /** One hour, starting at {@code start}. */
    public record Hour(Instant start, long succeeded, long failed) {
    }
}
