package io.dearbridge.dear.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.dear.ClientSettings;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DurationSettingTest {

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    private static Duration read(Map<String, String> values) {
        return DurationSetting.read(config(values), "x.timeout", "x.timeout-ms", ChronoUnit.MILLIS, Duration.ofSeconds(5));
    }

    @Test
    void theIsoKeyWinsTheDeprecatedKeyStillWorksAndNeitherGivesTheDefault() {
        assertEquals(Duration.ofSeconds(7), read(Map.of("x.timeout", " PT7S ", "x.timeout-ms", "100")));
        assertEquals(Duration.ofMillis(100), read(Map.of("x.timeout-ms", "100")));
        assertEquals(Duration.ofSeconds(5), read(Map.of()));
    }

    @Test
    void aMalformedValueNamesItsKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(Map.of("x.timeout", "30s")))
                .getMessage().contains("x.timeout must be an ISO-8601 duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(Map.of("x.timeout-ms", "PT1S")))
                .getMessage().contains("x.timeout-ms must be a whole number"));
    }

    @Test
    void clientAndRateSettingsReadBothSpellings() {
        ClientSettings iso = ClientSettings.read(config(Map.of("dearbridge.dear.read-timeout", "PT7S",
                "dearbridge.dear.credentials-recent", "PT2M")));
        assertEquals(Duration.ofSeconds(7), iso.readTimeout());
        assertEquals(Duration.ofMinutes(2), iso.credentialsRecent());
        ClientSettings old = ClientSettings.read(config(Map.of("dearbridge.dear.read-timeout-ms", "5000")));
        assertEquals(Duration.ofSeconds(5), old.readTimeout());
        assertEquals(Duration.ofSeconds(90), old.maxWait());
        assertEquals(Duration.ofSeconds(2), RateSettings.read("acme",
                config(Map.of("dearbridge.account.acme.rate-window", "PT2S"))).window());
        assertEquals(Duration.ofSeconds(3), RateSettings.read("acme",
                config(Map.of("dearbridge.account.acme.rate-window-seconds", "3"))).window());
    }
}
