package io.dearbridge.dear;

import io.dearbridge.dear.rate.DurationSetting;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * Client-wide settings: {@code dearbridge.dear.connect-timeout} (PT5S), {@code .read-timeout} (PT30S),
 * {@code .max-wait} (how long a caller may wait for the rate governor, PT90S: longer than one DEAR
 * window, so a throttle pause can be sat out), {@code .read-attempts} (3, GETs only),
 * {@code .burst-403-threshold} (3 403s in a row mean bad keys) and {@code .credentials-recent}
 * (PT10M: how recently the keys must have worked for a 403 to count as a burst). The durations' older keys
 * ({@code -ms}, {@code -seconds}) still work as deprecated aliases (DurationSetting).
 */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, Duration maxWait, int readAttempts,
                             int burst403Threshold, Duration credentialsRecent) {

    public static ClientSettings read(Function<String, Optional<String>> config) {
        return new ClientSettings(
                DurationSetting.read(config, "dearbridge.dear.connect-timeout", "dearbridge.dear.connect-timeout-ms",
                        ChronoUnit.MILLIS, Duration.ofSeconds(5)),
                DurationSetting.read(config, "dearbridge.dear.read-timeout", "dearbridge.dear.read-timeout-ms",
                        ChronoUnit.MILLIS, Duration.ofSeconds(30)),
                DurationSetting.read(config, "dearbridge.dear.max-wait", "dearbridge.dear.max-wait-ms",
                        ChronoUnit.MILLIS, Duration.ofSeconds(90)),
                (int) number(config, "dearbridge.dear.read-attempts", 3),
                (int) number(config, "dearbridge.dear.burst-403-threshold", 3),
                DurationSetting.read(config, "dearbridge.dear.credentials-recent",
                        "dearbridge.dear.credentials-recent-seconds", ChronoUnit.SECONDS, Duration.ofMinutes(10)));
    }

    private static long number(Function<String, Optional<String>> config, String key, long fallback) {
        Optional<String> value = config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        try {
            return value.map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
    }
}
