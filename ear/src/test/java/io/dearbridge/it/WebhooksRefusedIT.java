package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account whose DEAR plan lacks the Automation module: DEAR refuses its webhook subscriptions. The bridge says so
 * where operators look (the API's account view and the console's dashboard), and reconciliation stands in: a sale made meanwhile (no webhook can come) arrives within
 * {@code dearbridge.reconcile.fallback-interval} (PT20S in configure-it.cli; the regular reconciliation timer waits an
 * hour there).
 */
@ExtendWith(ArquillianExtension.class)
class WebhooksRefusedIT {

    private static final Duration FALLBACK_INTERVAL = Duration.ofSeconds(20);
    private static final String AUTOMATION = Simulator.account() + "/automation";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void watermarkNow() throws InterruptedException {
        Simulator.calm();
        // As ReconciliationIT: the watermark at now leaves every earlier sale of this server behind it.
        Thread.sleep(1100);
        ItDatabase.update("UPDATE account SET reconciled_until = ? WHERE code = ?", Timestamp.from(Instant.now()),
                Demo.ACCOUNT);
        Thread.sleep(1100);
    }

    @AfterEach
    void automationBack() {
        Simulator.control("PUT", AUTOMATION, "{\"enabled\": true}");
        HttpResponse<String> healed = heal();
        assertEquals(200, healed.statusCode(), healed.body());
        Simulator.calm();
    }

    @Test
    void anAccountWhoseSubscriptionDearRefusesShowsWhyAndItsSalesStillArrive() {
        Simulator.control("PUT", AUTOMATION, "{\"enabled\": false}");
        HttpResponse<String> healed = heal();
        assertEquals(200, healed.statusCode(), healed.body());
        assertTrue(healed.body().contains("\"REFUSED\""), healed.body());

        JsonObject account = demoAccount();
        String problem = account.getString("webhookProblem", "");
        assertTrue(problem.startsWith("webhooks unavailable: DEAR refused the subscription (Automation module?)"),
                account.toString());
        assertTrue(problem.contains("HTTP 403") && problem.contains("the Automation module is not part of this"
                + " account's subscription"), "DEAR's own answer: " + problem);
        assertFalse(problem.contains(Demo.WEBHOOK_SECRET), problem);
        String dashboard = consoleDashboard();
        assertTrue(dashboard.contains("webhooks unavailable: DEAR refused the subscription (Automation module?)")
                && dashboard.contains("the Automation module is not part of this"), dashboard);

        Instant made = Instant.now();
        JsonObject sale = Simulator.createSale("{}");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        JsonObject order = Simulator.await("order " + number + " by reconciliation", FALLBACK_INTERVAL.multipliedBy(3),
                () -> Bridge.orderByNumber(number));
        Duration took = Duration.between(made, Instant.now());
        System.out.printf("Without webhooks, sale %s became an order in %d ms (fallback interval %s)%n", number,
                took.toMillis(), FALLBACK_INTERVAL);
        assertTrue(took.compareTo(FALLBACK_INTERVAL) <= 0, "arrived after " + took + ", not within " + FALLBACK_INTERVAL);
        assertEquals("AWAITING_PICK", order.getString("status"));
        assertEquals(1, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE document_id = ? AND source = 'RECONCILER'",
                sale.getString("ID").toLowerCase()), "found by reconciliation, not a webhook");
        assertEquals(0, ItDatabase.count("SELECT COUNT(*) FROM inbox_event WHERE document_id = ? AND source <> 'RECONCILER'",
                sale.getString("ID").toLowerCase()), "DEAR sent no webhook");
    }

    @Test
    void onceDearAcceptsTheSubscriptionsAgainTheReasonIsGone() {
        Simulator.control("PUT", AUTOMATION, "{\"enabled\": false}");
        assertEquals(200, heal().statusCode());
        assertTrue(demoAccount().containsKey("webhookProblem"));
        Simulator.control("PUT", AUTOMATION, "{\"enabled\": true}");
        HttpResponse<String> healed = heal();
        assertEquals(200, healed.statusCode(), healed.body());
        assertFalse(healed.body().contains("REFUSED"), healed.body());
        assertFalse(demoAccount().containsKey("webhookProblem"), demoAccount().toString());
    }

    /** The console's start page, signed in as the viewer through the container's form login. */
    private static String consoleDashboard() {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            browser.send(Http.request("/bridge/admin/").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = browser.send(Http.request("/bridge/admin/j_security_check")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=viewer&j_password=" + Demo.PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            return page.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> heal() {
        return Http.send(Http.asUser("/bridge/api/v1/accounts/" + Demo.ACCOUNT + "/webhooks/heal", "admin", Demo.PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonObject demoAccount() {
        HttpResponse<String> response = Http.send(Http.asUser("/bridge/api/v1/accounts", "admin", Demo.PASSWORD).GET());
        assertEquals(200, response.statusCode(), response.body());
        JsonArray accounts = Http.json(response);
        return accounts.getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals(Demo.ACCOUNT))
                .findFirst().orElseThrow();
    }
}
