package io.dearbridge.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Both queues read one settings shape, each under its own prefix, with its own defaults. */
class QueueSettingsTest {

    private static final QueueSettings DEFAULTS = new QueueSettings(2, 20, Duration.ofSeconds(1), Duration.ofMinutes(5),
            8, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(60));

    private static QueueSettings read(String prefix, Map<String, String> values) {
        return QueueSettings.read(prefix, key -> Optional.ofNullable(values.get(key)), DEFAULTS);
    }

    @Test
    void everyKeyIsReadUnderTheQueuesPrefix() {
        QueueSettings read = read("dearbridge.outbox", Map.of(
                "dearbridge.outbox.per-account", "1",
                "dearbridge.outbox.batch-size", "5",
                "dearbridge.outbox.poll-interval", "PT5S",
                "dearbridge.outbox.lease", "PT2M",
                "dearbridge.outbox.max-attempts", "10",
                "dearbridge.outbox.backoff-base", "PT10S",
                "dearbridge.outbox.backoff-cap", "PT1H",
                "dearbridge.outbox.throttle-wait", "PT90S",
                "dearbridge.inbox.per-account", "7"));
        assertEquals(new QueueSettings(1, 5, Duration.ofSeconds(5), Duration.ofMinutes(2), 10, Duration.ofSeconds(10),
                Duration.ofHours(1), Duration.ofSeconds(90)), read);
    }

    @Test
    void keysNotSetKeepTheQueuesDefaults() {
        assertEquals(DEFAULTS, read("dearbridge.inbox", Map.of("dearbridge.outbox.per-account", "9",
                "dearbridge.inbox.lease", " ")));
    }

    @Test
    void theRetryPolicyIsBuiltFromTheSettings() {
        QueueSettings settings = read("dearbridge.inbox", Map.of("dearbridge.inbox.max-attempts", "1"));
        assertEquals(1, settings.retryPolicy().maxAttempts());
        assertEquals(8, DEFAULTS.retryPolicy().maxAttempts());
    }

    @Test
    void aValueThatIsNotValidNamesItsKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("dearbridge.inbox", Map.of("dearbridge.inbox.poll-interval", "5 seconds")));
        assertTrue(e.getMessage().contains("dearbridge.inbox.poll-interval"), e.getMessage());
    }
}
