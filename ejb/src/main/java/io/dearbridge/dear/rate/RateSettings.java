package io.dearbridge.dear.rate;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * One account's pacing, from {@code dearbridge.account.<code>.rate-limit} (calls, default 60),
 * {@code .rate-window} (default PT60S; the older {@code .rate-window-seconds} still works as a deprecated alias), {@code .rate-burst} (calls that may go back to back, default 1)
 * and {@code .max-in-flight} (concurrent calls, default 2, against DEAR's burst 403).
 */
public record RateSettings(int limit, Duration window, int burst, int maxInFlight) {

    public static final RateSettings DEAR_DEFAULT = new RateSettings(60, Duration.ofSeconds(60), 1, 2);

    public RateSettings {
        if (limit < 2 || window.isNegative() || window.isZero() || burst < 1 || burst >= limit || maxInFlight < 1) {
            throw new IllegalArgumentException("rate settings need limit >= 2, a positive window, "
                    + "1 <= burst < limit and max-in-flight >= 1; got " + limit + "/" + window + " burst " + burst
                    + " in flight " + maxInFlight);
        }
    }

    public static RateSettings read(String accountCode, Function<String, Optional<String>> config) {
        String prefix = "dearbridge.account." + accountCode + ".";
        int limit = number(config, prefix + "rate-limit", DEAR_DEFAULT.limit);
        Duration window = DurationSetting.read(config, prefix + "rate-window", prefix + "rate-window-seconds",
                ChronoUnit.SECONDS, DEAR_DEFAULT.window);
        int burst = number(config, prefix + "rate-burst", Math.min(DEAR_DEFAULT.burst, Math.max(1, limit - 1)));
        int inFlight = number(config, prefix + "max-in-flight", DEAR_DEFAULT.maxInFlight);
        return new RateSettings(limit, window, burst, inFlight);
    }

    /** Spacing between tokens so that no window ever sees more than {@code limit} calls (see TokenBucket). */
    public long intervalNanos() {
        return Math.max(1, window.toNanos() / (limit - burst));
    }

    /** The share of DEAR's limit this pacing uses in the long run. */
    public double utilisation() {
        return (double) (limit - burst) / limit;
    }

    private static int number(Function<String, Optional<String>> config, String key, int fallback) {
        Optional<String> value = config.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number");
        }
    }
}
