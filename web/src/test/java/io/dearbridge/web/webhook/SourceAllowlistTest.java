package io.dearbridge.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DEAR's published addresses allowed; X-Forwarded-For believed only past trusted proxies. */
class SourceAllowlistTest {

    private static final String DEAR = "23.96.51.98, 52.136.127.169";

    @Test
    void offByDefault() {
        SourceAllowlist off = new SourceAllowlist("", "");
        assertFalse(off.enabled());
        assertTrue(off.allows("203.0.113.9", List.of()));
    }

    @Test
    void onlyDearsAddressesPassDirectly() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "");
        assertTrue(list.allows("23.96.51.98", List.of()));
        assertTrue(list.allows("52.136.127.169", List.of()));
        assertFalse(list.allows("23.96.51.99", List.of()));
        assertFalse(list.allows("::1", List.of()));
    }

    @Test
    void aForwardedForFromAnUntrustedPeerIsIgnored() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "10.0.0.0/8");
        assertFalse(list.allows("203.0.113.9", List.of("23.96.51.98")), "a forged header from the internet");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopCounts() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "10.0.0.0/8, 127.0.0.1");
        assertTrue(list.allows("10.1.2.3", List.of("23.96.51.98")));
        assertTrue(list.allows("127.0.0.1", List.of("23.96.51.98, 10.9.9.9")), "two proxies deep");
        assertFalse(list.allows("10.1.2.3", List.of("23.96.51.98, 198.51.100.7")),
                "the client prepended DEAR's address; the proxy appended the real one");
        assertFalse(list.allows("10.1.2.3", List.of("not-an-address")));
        assertEquals("23.96.51.98", list.client("10.1.2.3", "23.96.51.98").orElseThrow().getHostAddress());
    }

    /** HAProxy's option forwardfor keeps the client's own X-Forwarded-For line and appends its own after it. */
    @Test
    void everyHeaderLineIsReadSoAForgedFirstLineDoesNotPass() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "10.0.0.0/8");
        assertFalse(list.allows("10.1.2.3", List.of("23.96.51.98", "198.51.100.7")),
                "the client's forged line first, the proxy's line with the real client after it");
        assertTrue(list.allows("10.1.2.3", List.of("198.51.100.7", "23.96.51.98")));
        assertTrue(list.allows("10.1.2.3", List.of("198.51.100.7, 23.96.51.98", "10.9.9.9")),
                "lines and commas are one list: DEAR, then a second proxy");
        assertFalse(list.allows("10.1.2.3", List.of("23.96.51.98", "198.51.100.7, 10.9.9.9")));
        assertTrue(list.allows("23.96.51.98", List.of()), "no header: the peer itself");
    }

    @Test
    void dearsPublishedAddressesAreOneSwitch() {
        SourceAllowlist dear = new SourceAllowlist(WebhookSources.allowed("", true), "");
        for (String address : List.of("23.96.51.98", "52.136.127.169", "52.249.203.83", "13.82.183.64")) {
            assertTrue(dear.allows(address, List.of()), address);
        }
        assertFalse(dear.allows("203.0.113.9", List.of()));
        SourceAllowlist both = new SourceAllowlist(WebhookSources.allowed("198.51.100.0/24", true), "");
        assertTrue(both.allows("198.51.100.7", List.of()));
        assertTrue(both.allows("13.82.183.64", List.of()));
        assertFalse(new SourceAllowlist(WebhookSources.allowed("", false), "").enabled(), "off by default");
    }

    @Test
    void cidrBlocksAndBadEntries() {
        SourceAllowlist list = new SourceAllowlist("23.96.51.0/24", "");
        assertTrue(list.allows("23.96.51.200", List.of()));
        assertFalse(list.allows("23.96.52.1", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SourceAllowlist("dear.example.com", ""));
        assertThrows(IllegalArgumentException.class, () -> new SourceAllowlist("23.96.51.98/33", ""));
    }
}
