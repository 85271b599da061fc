package io.dearbridge.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TransportPolicyTest {

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void plainHttpUrlsAreRefusedOutsideDemoModeNamingTheKeys() {
        var settings = config(Map.of("dearbridge.public-base-url", "http://bridge.example/bridge",
                "dearbridge.account.acme.base-url", "HTTP://dear.example/ExternalApi/v2",
                "dearbridge.account.demo.base-url", "https://inventory.dearsystems.com/ExternalApi/v2"));
        AccountConfigurationException refused = assertThrows(AccountConfigurationException.class,
                () -> TransportPolicy.enforce(settings, List.of("acme", "demo")));
        assertTrue(refused.getMessage().contains("dearbridge.public-base-url must be an https URL"), refused.getMessage());
        assertTrue(refused.getMessage().contains("dearbridge.account.acme.base-url"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("dearbridge.account.demo.base-url"), refused.getMessage());
    }

    @Test
    void demoModeAndTheTestServersAllowPlainHttp() {
        assertEquals(List.of(), TransportPolicy.problems(config(Map.of("dearbridge.demo", "true",
                "dearbridge.public-base-url", "http://127.0.0.1:8080/bridge")), List.of()));
        assertEquals(List.of(), TransportPolicy.problems(config(Map.of("dearbridge.allow-plain-http", "true",
                "dearbridge.public-base-url", "http://127.0.0.1:8080/bridge")), List.of()));
    }
}
