package io.dearbridge.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DEAR's published addresses allowed; X-Forwarded-For believed only past trusted proxies. */
class SourceAllowlistTest {

    private static final String DEAR = "23.96.51.98, 52.136.127.169";

    @Test
    void offByDefault() {
        SourceAllowlist off = new SourceAllowlist("", "");
        assertFalse(off.enabled());
        assertTrue(off.allows("203.0.113.9", null));
    }

    @Test
    void onlyDearsAddressesPassDirectly() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "");
        assertTrue(list.allows("23.96.51.98", null));
        assertTrue(list.allows("52.136.127.169", null));
        assertFalse(list.allows("23.96.51.99", null));
        assertFalse(list.allows("::1", null));
    }

    @Test
    void aForwardedForFromAnUntrustedPeerIsIgnored() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "10.0.0.0/8");
        assertFalse(list.allows("203.0.113.9", "23.96.51.98"), "a forged header from the internet");
    }

    @Test
    void behindTrustedProxiesTheRightmostUntrustedHopCounts() {
        SourceAllowlist list = new SourceAllowlist(DEAR, "10.0.0.0/8, 127.0.0.1");
        assertTrue(list.allows("10.1.2.3", "23.96.51.98"));
        assertTrue(list.allows("127.0.0.1", "23.96.51.98, 10.9.9.9"), "two proxies deep");
        assertFalse(list.allows("10.1.2.3", "23.96.51.98, 198.51.100.7"),
                "the client prepended DEAR's address; the proxy appended the real one");
        assertFalse(list.allows("10.1.2.3", "not-an-address"));
        assertEquals("23.96.51.98", list.client("10.1.2.3", "23.96.51.98").orElseThrow().getHostAddress());
    }

    @Test
    void cidrBlocksAndBadEntries() {
        SourceAllowlist list = new SourceAllowlist("23.96.51.0/24", "");
        assertTrue(list.allows("23.96.51.200", null));
        assertFalse(list.allows("23.96.52.1", null));
        assertThrows(IllegalArgumentException.class, () -> new SourceAllowlist("dear.example.com", ""));
        assertThrows(IllegalArgumentException.class, () -> new SourceAllowlist("23.96.51.98/33", ""));
    }
}
