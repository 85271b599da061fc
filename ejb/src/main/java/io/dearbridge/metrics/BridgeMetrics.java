package io.dearbridge.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bridge's event metrics, named and tagged in one place. Registered through the registry's own methods, not
 * the meter builders: WildFly 39 hands each deployment a wrapping registry that exports only what passes through
 * those methods (meters built with {@code Counter.builder(..).register(..)} were measured missing from /prometheus). Tags stay few-valued: accounts are the configured
 * codes (anything else is {@code unknown}), endpoints are DEAR's paths without ids.
 */
@ApplicationScoped
public class BridgeMetrics {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    @Inject
    MeterRegistry registry;

    /** One DEAR call ended: {@code outcome} is ok, throttled, transient, permanent, credentials or deferred. */
    public void dearCall(String account, String what, String outcome) {
        registry.counter("dearbridge.dear.calls", Tags.of("account", account, "endpoint", endpoint(what),
                "outcome", outcome.toLowerCase(Locale.ROOT))).increment();
    }

    /**
     * How long one DEAR call took on the wire, from sending the request to reading the whole answer (a timeout
     * included), without the wait for the rate governor ({@link #governorWait}). Per account and endpoint.
     */
    public void dearCallDuration(String account, String what, Duration took) {
        registry.timer("dearbridge.dear.call.duration", Tags.of("account", account, "endpoint", endpoint(what)))
                .record(took);
    }

    /**
     * Successful DEAR calls whose work then did not complete (deferred, or failed to be tried again, after the
     * call): budget spent without progress. Expected to stay 0 apart from DEAR's own failures.
     */
    public void callsWithoutProgress(String account, int calls) {
        registry.counter("dearbridge.dear.calls.without.progress", Tags.of("account", account)).increment(calls);
    }

    /** Time a call spent waiting for the account's rate governor (a place and a token), by lane. */
    public void governorWait(String account, String lane, Duration waited) {
        registry.timer("dearbridge.governor.wait", Tags.of("account", account, "lane", lane.toLowerCase(Locale.ROOT)))
                .record(waited);
    }

    /** A webhook was answered: accepted, duplicate or ignored (stored or merged), or refused with a reason. */
    public void webhook(String account, String outcome, String reason) {
        registry.counter("dearbridge.webhooks", Tags.of("account", account, "outcome", outcome, "reason", reason))
                .increment();
    }

    /** "GET sale 5b1f..." → "GET sale"; "GET saleList page 2" → "GET saleList": method and path, no ids. */
    static String endpoint(String what) {
        StringBuilder endpoint = new StringBuilder();
        int kept = 0;
        for (String token : what.trim().split("\\s+")) {
            if (kept == 2 || HAS_DIGIT.matcher(token).matches() || token.equals("page")) {
                break;
            }
            endpoint.append(kept++ == 0 ? "" : " ").append(token);
        }
        return endpoint.toString();
    }
}
