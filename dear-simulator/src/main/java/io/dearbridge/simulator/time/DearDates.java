package io.dearbridge.simulator.time;

import io.dearbridge.simulator.api.DearException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * DEAR's two date spellings (docs/dear-api.md §1.6): timestamps like {@code 2025-03-10T23:41:07.513Z}
 * (milliseconds, trailing zeros dropped) and date-only fields like {@code 2025-03-14T00:00:00}.
 */
public final class DearDates {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private DearDates() {
    }

    public static String timestamp(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        String base = SECONDS.format(LocalDateTime.ofInstant(millis, ZoneOffset.UTC));
        int ms = millis.getNano() / 1_000_000;
        if (ms == 0) {
            return base + "Z";
        }
        String fraction = String.format("%03d", ms).replaceAll("0+$", "");
        return base + "." + fraction + "Z";
    }

    public static String date(LocalDate date) {
        return date == null ? null : date + "T00:00:00";
    }

    /** Parses what clients send in queries: with or without fraction and zone; zone-less means UTC. */
    public static Instant parse(String text, String what) {
        String t = text.trim();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw DearException.badRequest(what + " is not a valid date: " + text);
        }
    }

    public static LocalDate parseDate(String text, String what) {
        return LocalDate.ofInstant(parse(text, what), ZoneOffset.UTC);
    }
}
