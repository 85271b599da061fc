package io.dearbridge.dear.rate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * A duration setting in ISO-8601 ({@code PT30S}), the one unit style of docs/configuration.md. The key it replaced,
 * a number in a unit named by its suffix ({@code -ms}, {@code -seconds}), is still read as a deprecated alias when
 * the new key is not given, so existing configurations keep working.
 */
public final class DurationSetting {

    private DurationSetting() {
    }

    public static Duration read(Function<String, Optional<String>> config, String key, String deprecatedKey,
                                ChronoUnit deprecatedUnit, Duration fallback) {
        Optional<String> iso = value(config, key);
        if (iso.isPresent()) {
            try {
                Duration parsed = Duration.parse(iso.get());
                if (parsed.isNegative()) {
                    throw new IllegalArgumentException(key + " must not be negative");
                }
                return parsed;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT30S");
            }
        }
        Optional<String> old = value(config, deprecatedKey);
        if (old.isPresent()) {
            try {
                return Duration.of(Long.parseLong(old.get()), deprecatedUnit);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(deprecatedKey + " must be a whole number");
            }
        }
        return fallback;
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }
}
