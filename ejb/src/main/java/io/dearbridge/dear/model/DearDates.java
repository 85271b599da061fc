package io.dearbridge.dear.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * The one place DEAR's dates are read and written. DEAR documents {@code yyyy-MM-ddTHH:mm:ss.fff} in UTC
 * but sends zone-less values, values ending in {@code Z}, and 0 to 7 fractional digits (docs/dear-api.md §1.6);
 * a zone-less value is UTC. A space instead of {@code T}, a missing time or an explicit offset are accepted
 * too, because being strict here would reject a whole sale over one odd field.
 */
public final class DearDates {

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("['T'][' ']HH:mm")
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .toFormatter();

    private static final DateTimeFormatter WRITE_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter WRITE_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private DearDates() {
    }

    /** Reads a DEAR date; {@code null} or blank gives {@code null}. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        var parsed = READ.parse(trimmed);
        LocalDateTime local = LocalDateTime.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)))
                    .toInstant();
        }
        return local.toInstant(ZoneOffset.UTC);
    }

    /** Like {@link #parse} but says which value was bad, without throwing the parser's internals around. */
    public static Instant parseOrThrow(String text, String field) {
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("DEAR sent an unreadable date in " + field + ": '" + text + "'", e);
        }
    }

    /** Writes the documented UTC form, zone-less, with milliseconds only when there are any. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return (utc.getNano() == 0 ? WRITE_SECONDS : WRITE_MILLIS).format(utc);
    }
}
