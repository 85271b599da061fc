package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * gauges exist per account. Counters are compared before and after, as other tests share the server. Every metric
 * that docs/monitoring's alert rules and dashboard use is one the bridge exposes.
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
        assertTrue(sample(after, "dearbridge_dear_call_duration_seconds_count", "account=\"demo\"",
                "endpoint=\"GET sale\"") > 0, "DEAR call latency timed per account and endpoint");
        assertTrue(present(after, "dearbridge_orders_stuck", "account=\"demo\""));
        assertTrue(present(after, "dearbridge_webhook_subscriptions_degraded", "account=\"demo\"",
                "outcome=\"REFUSED\""));
    }

    /** Prometheus's own series, not the bridge's. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right");
    private static final Path MONITORING = Path.of("..", "docs", "monitoring");

    @Test
    void everyMetricTheAlertRulesAndTheDashboardUseIsExposed() throws IOException {
        // A DEAR call (the heal) and a webhook, so that the meters made on first use exist too.
        assertEquals(200, Bridge.api("admin", "POST", "accounts/demo/webhooks/heal", null).statusCode());
        Http.send("POST", Http.BASE + Bridge.WEBHOOKS + "Sale/OrderAuthorised",
                Bridge.salePayload(UUID.randomUUID().toString(), "SO-NAMES"), "Content-Type", "application/json",
                "Authorization", "Bearer wrong");
        String text = metrics();
        Files.writeString(Path.of("target", "prometheus-scrape.txt"), text);
        Set<String> exposed = new TreeSet<>();
        Matcher sampleName = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE).matcher(text);
        while (sampleName.find()) {
            exposed.add(sampleName.group(1));
        }

        List<String> exprs = new ArrayList<>();
        List<String> rules = Files.readAllLines(MONITORING.resolve("alerts.yml"));
        long alerts = rules.stream().filter(l -> l.trim().startsWith("- alert:")).count();
        rules.stream().filter(l -> l.trim().startsWith("expr:")).forEach(l -> exprs.add(l.trim().substring(5)));
        assertEquals(alerts, exprs.size(), "every alert has its expr on one line");
        int fromRules = exprs.size();
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(MONITORING.resolve("dashboard.json"))))) {
            collectExprs(reader.readObject(), exprs);
        }
        assertTrue(exprs.size() > fromRules + 10, "the dashboard's queries were found: " + exprs.size());

        Set<String> used = new TreeSet<>();
        exprs.forEach(expr -> used.addAll(metricNames(expr)));
        used.removeAll(PROMETHEUS_OWN);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(exposed);
        assertTrue(missing.isEmpty(), "used by docs/monitoring but not exposed on /prometheus: " + missing
                + " (exposed: " + exposed + ")");
        assertTrue(used.contains("dearbridge_dear_call_duration_seconds_sum"), "names were read: " + used);
    }

    /** The queries of the dashboard's panels ({@code expr}) and its variables ({@code label_values(metric, ...)}). */
    private static void collectExprs(JsonValue value, List<String> exprs) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if (key.equals("expr") && child instanceof JsonString expr) {
                    exprs.add(expr.getString());
                } else if (key.equals("definition") && child instanceof JsonString query) {
                    Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(query.getString());
                    if (m.find()) {
                        exprs.add(m.group(1));
                    }
                } else {
                    collectExprs(child, exprs);
                }
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(child -> collectExprs(child, exprs));
        }
    }

    /**
     * The metric names in a PromQL expression: what is left once strings, label matchers, ranges and grouping labels
     * are cut, less functions (a name followed by a parenthesis) and operators. An unknown word counts as a metric,
     * so it fails the test rather than passing unseen.
     */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(\\\\.|[^\"])*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^\\]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher word = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(bare);
        while (word.find()) {
            String rest = bare.substring(word.end()).stripLeading();
            boolean function = rest.startsWith("(");
            if (!function && !PROMQL_WORDS.contains(word.group())) {
                names.add(word.group());
            }
        }
        return names;
    }
}
