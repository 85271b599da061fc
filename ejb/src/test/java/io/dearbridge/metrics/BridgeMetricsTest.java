package io.dearbridge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Metric names and tags: endpoints without ids, so a tag has few values; counts land where they should. */
class BridgeMetricsTest {

    @Test
    void endpointsKeepMethodAndPathButNoIds() {
        assertEquals("GET sale", BridgeMetrics.endpoint("GET sale 5b1f0c9e-6d2a-4e0b-8d7f-2c1a5e9b0d41"));
        assertEquals("GET saleList", BridgeMetrics.endpoint("GET saleList page 2"));
        assertEquals("POST sale/fulfilment/pack", BridgeMetrics.endpoint("POST sale/fulfilment/pack 7c2e9f10-4b8d"));
        assertEquals("PUT webhooks", BridgeMetrics.endpoint("PUT webhooks 3f6b1d2e-9a4c"));
        assertEquals("POST webhooks", BridgeMetrics.endpoint("POST webhooks Sale/OrderAuthorised"));
        assertEquals("void sale", BridgeMetrics.endpoint("void sale 5b1f0c9e-6d2a"));
    }

    @Test
    void callsWaitsAndWebhooksAreCountedByTheirTags() {
        BridgeMetrics metrics = new BridgeMetrics();
        metrics.registry = new SimpleMeterRegistry();
        metrics.dearCall("acme", "GET sale 5b1f0c9e-6d2a", "ok");
        metrics.dearCall("acme", "GET sale 0000aaaa-1111", "ok");
        metrics.dearCall("acme", "GET sale 0000aaaa-1111", "THROTTLED");
        metrics.governorWait("acme", "IMPORT", Duration.ofMillis(250));
        metrics.webhook("unknown", "refused", "credentials");
        assertEquals(2.0, metrics.registry.get("dearbridge.dear.calls").tags("account", "acme", "endpoint", "GET sale",
                "outcome", "ok").counter().count());
        assertEquals(1.0, metrics.registry.get("dearbridge.dear.calls").tags("outcome", "throttled").counter().count());
        assertEquals(250.0, metrics.registry.get("dearbridge.governor.wait").tags("lane", "import").timer()
                .totalTime(java.util.concurrent.TimeUnit.MILLISECONDS));
        assertEquals(1.0, metrics.registry.get("dearbridge.webhooks").tags("reason", "credentials").counter().count());
    }

    /** WildFly's registry searches every meter of the server on each ask: the webhook path must ask once per meter. */
    @Test
    void eachMeterIsAskedOfTheRegistryOnce() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        BridgeMetrics metrics = new BridgeMetrics();
        metrics.registry = new SimpleMeterRegistry() {
            @Override
            public io.micrometer.core.instrument.Counter counter(String name, Iterable<io.micrometer.core.instrument.Tag> tags) {
                asked.incrementAndGet();
                return super.counter(name, tags);
            }
        };
        for (int i = 0; i < 5; i++) {
            metrics.webhook("acme", "accepted", "");
        }
        metrics.webhook("acme", "duplicate", "");
        assertEquals(2, asked.get());
        assertEquals(5.0, metrics.registry.get("dearbridge.webhooks").tags("outcome", "accepted").counter().count());
        assertEquals(1.0, metrics.registry.get("dearbridge.webhooks").tags("outcome", "duplicate").counter().count());
    }
}
