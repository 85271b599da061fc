package io.dearbridge.dear;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Client-wide settings: {@code dearbridge.dear.connect-timeout-ms} (5 s), {@code .read-timeout-ms} (30 s),
 * {@code .max-wait-ms} (how long a caller may wait for the rate governor, 90 s: longer than one DEAR
 * window, so a throttle pause can be sat out), {@code .read-attempts} (3, GETs only),
 * {@code .burst-403-threshold} (3 403s in a row mean bad keys) and {@code .credentials-recent-seconds}
 * (600: how recently the keys must have worked for a 403 to count as a burst).
 */
public record ClientSettings(Duration connectTimeout, Duration readTimeout, Duration maxWait, int readAttempts,
                             int burst403Threshold, Duration credentialsRecent) {

    public static ClientSettings read(Function<String, Optional<String>> config) {
        return new ClientSettings(
                Duration.ofMillis(number(config, "dearbridge.dear.connect-timeout-ms", 5_000)),
                Duration.ofMillis(number(config, "dearbridge.dear.read-timeout-ms", 30_000)),
                Duration.ofMillis(number(config, "dearbridge.dear.max-wait-ms", 90_000)),
                (int) number(config, "dearbridge.dear.read-attempts", 3),
                (int) number(config, "dearbridge.dear.burst-403-threshold", 3),
                Duration.ofSeconds(number(config, "dearbridge.dear.credentials-recent-seconds", 600)));
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
