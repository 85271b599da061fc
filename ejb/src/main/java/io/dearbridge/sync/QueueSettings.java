package io.dearbridge.sync;

import io.dearbridge.domain.sync.RetryPolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * How one queue (inbox or outbox) claims, leases, polls and retries: the same keys under each queue's prefix
 * ({@code dearbridge.inbox.per-account}, {@code dearbridge.outbox.per-account}, ...), each with the queue's default.
 *
 * @param perAccount   most items of one account in hand at once on one node
 * @param batchSize    most items one claim round takes
 * @param pollInterval the timer that picks up what is due without a kick (a restart, a retry time)
 * @param lease        how long a claimed item is held before another node may take it over
 */
public record QueueSettings(int perAccount, int batchSize, Duration pollInterval, Duration lease, int maxAttempts,
                            Duration backoffBase, Duration backoffCap, Duration throttleWait) {

    /** Exponential backoff with full jitter, capped; at least {@code throttleWait} after DEAR throttled. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(backoffBase, backoffCap, throttleWait, maxAttempts,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * The settings under {@code prefix} (without its dot), each key read through {@code values} (MicroProfile
     * Config, so environment variables override as usual) and falling back to {@code defaults}.
     */
    public static QueueSettings read(String prefix, Function<String, Optional<String>> values, QueueSettings defaults) {
        Reader reader = new Reader(prefix, values);
        return new QueueSettings(
                reader.integer("per-account", defaults.perAccount),
                reader.integer("batch-size", defaults.batchSize),
                reader.duration("poll-interval", defaults.pollInterval),
                reader.duration("lease", defaults.lease),
                reader.integer("max-attempts", defaults.maxAttempts),
                reader.duration("backoff-base", defaults.backoffBase),
                reader.duration("backoff-cap", defaults.backoffCap),
                reader.duration("throttle-wait", defaults.throttleWait));
    }

    private record Reader(String prefix, Function<String, Optional<String>> values) {

        int integer(String key, int fallback) {
            return value(key).map(v -> parse(key, v, Integer::valueOf)).orElse(fallback);
        }

        Duration duration(String key, Duration fallback) {
            return value(key).map(v -> parse(key, v, Duration::parse)).orElse(fallback);
        }

        private Optional<String> value(String key) {
            return values.apply(prefix + '.' + key).map(String::trim).filter(v -> !v.isEmpty());
        }

        private <T> T parse(String key, String value, Function<String, T> parser) {
            try {
                return parser.apply(value);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("Setting " + prefix + '.' + key + " = '" + value
                        + "' is not valid (a whole number, or an ISO-8601 duration such as PT5S)", e);
            }
        }
    }
}
