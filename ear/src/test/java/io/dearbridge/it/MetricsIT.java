package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management port's /prometheus (Micrometer, Prometheus format): a refused and an accepted webhook are counted by reason
 * and outcome, the import's DEAR call by endpoint and outcome, the governor's wait by lane, and the backlog
 * gauges exist per account. Counters are compared before and after, as other tests share the server.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    private static String metrics() {
        HttpResponse<String> response = Http.get(Http.MANAGEMENT + "/prometheus");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The value of the first sample whose name and labels contain all of {@code parts}; 0 when absent. */
    private static double sample(String text, String name, String... parts) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(text);
        while (m.find()) {
            boolean all = true;
            for (String part : parts) {
                all &= m.group(1).contains(part);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static boolean present(String text, String name, String... parts) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} ", Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            boolean all = true;
            for (String part : parts) {
                all &= m.group(1).contains(part);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    @Test
    void webhooksDearCallsGovernorWaitsAndBacklogsAreMeasured() {
        String before = metrics();
        double refusedBefore = sample(before, "dearbridge_webhooks_total", "account=\"demo\"", "reason=\"credentials\"");
        double acceptedBefore = sample(before, "dearbridge_webhooks_total", "account=\"demo\"", "outcome=\"accepted\"");
        double callsBefore = sample(before, "dearbridge_dear_calls_total", "account=\"demo\"", "endpoint=\"GET sale\"",
                "outcome=\"ok\"");

        HttpResponse<String> refused = Http.send("POST", Http.BASE + Bridge.WEBHOOKS + "Sale/OrderAuthorised",
                Bridge.salePayload(UUID.randomUUID().toString(), "SO-METRICS"), "Content-Type", "application/json",
                "Authorization", "Bearer wrong");
        assertEquals(401, refused.statusCode());
        var sale = Simulator.createSale("{}");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        HttpResponse<String> accepted = Bridge.postWebhook("Sale/OrderAuthorised",
                Bridge.salePayload(sale.getString("ID"), number));
        assertEquals(200, accepted.statusCode(), accepted.body());
        Simulator.await("order " + number, Duration.ofSeconds(30), () -> Bridge.orderByNumber(number));

        String after = Simulator.await("the import's call counted", Duration.ofSeconds(10), () -> {
            String text = metrics();
            return sample(text, "dearbridge_dear_calls_total", "account=\"demo\"", "endpoint=\"GET sale\"",
                    "outcome=\"ok\"") > callsBefore ? text : null;
        });
        assertEquals(refusedBefore + 1, sample(after, "dearbridge_webhooks_total", "account=\"demo\"",
                "outcome=\"refused\"", "reason=\"credentials\""), 0.0);
        assertTrue(sample(after, "dearbridge_webhooks_total", "account=\"demo\"", "outcome=\"accepted\"")
                >= acceptedBefore + 1);
        assertTrue(sample(after, "dearbridge_governor_wait_seconds_count", "account=\"demo\"", "lane=\"import\"") > 0,
                "governor waits of the import lane are timed");
        assertTrue(present(after, "dearbridge_inbox_events", "account=\"demo\"", "status=\"RETRY\""),
                "backlog gauges per account and state");
        assertTrue(present(after, "dearbridge_outbox_commands", "account=\"demo\"", "status=\"PENDING\""));
        assertTrue(present(after, "dearbridge_inbox_oldest_due_seconds", "account=\"demo\""));
        assertTrue(present(after, "dearbridge_outbox_oldest_due_seconds", "account=\"demo\""));
    }
}
