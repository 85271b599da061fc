package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25's login hardening and smaller findings, each with its bad input. The IT server throttles at 10 failures
 * of one name within 20 s (configure-it.cli); the tests wait the locks out, so the next tests find the users free.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final String ACCOUNTS = "/bridge/api/v1/accounts";
    private static final int MAX_FAILURES = 10;
    private static final Duration WINDOW = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneIsThrottledAsConfigured() throws Exception {
        Thread.sleep(WINDOW.toMillis());
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            codes.add(Http.send(Http.asUser(ACCOUNTS, "viewer", "wrong-" + i).GET()).statusCode());
        }
        HttpResponse<String> right = Http.send(Http.asUser(ACCOUNTS, "viewer", Demo.PASSWORD).GET());
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(i < MAX_FAILURES ? 401 : 429);
        }
        assertEquals(expected, codes, "10 checked failures, then locked");
        assertEquals(429, right.statusCode(), "the right password waits out the lock too: " + right.body());
        assertTrue(right.headers().firstValue("Retry-After").isPresent());
        assertTrue(right.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        Thread.sleep(WINDOW.toMillis() + 500);
        assertEquals(200, Http.send(Http.asUser(ACCOUNTS, "viewer", Demo.PASSWORD).GET()).statusCode(),
                "the lock ends with the window");
    }

    @Test
    void anUnknownUserCostsWhatAKnownOneDoes() throws Exception {
        Thread.sleep(WINDOW.toMillis());
        // Interleaved, so the shared machine's load falls on both alike; fewer than the lock's 10 per name.
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        Http.send(Http.asUser(ACCOUNTS, "nobody-warmup", "x").GET());
        for (int i = 0; i < 8; i++) {
            known.add(timed("warehouse", "wrong-" + i));
            unknown.add(timed("no-such-user-" + (i % 2), "wrong-" + i));
        }
        double k = median(known);
        double u = median(unknown);
        System.out.println("HardeningIT: median per wrong-password request, known " + k / 1e6 + " ms, unknown "
                + u / 1e6 + " ms");
        assertTrue(Math.abs(u - k) <= 0.2 * k, "median per request: known " + k / 1e6 + " ms, unknown " + u / 1e6
                + " ms (" + known + " / " + unknown + ")");
    }

    @Test
    void aFormEncodedPostToHealOrReconcileIsRefusedAndChangesNothing() {
        for (String path : List.of(ACCOUNTS + "/demo/webhooks/heal", ACCOUNTS + "/demo/reconcile")) {
            HttpResponse<String> form = Http.send(Http.request(path)
                    .header("Authorization", Http.basic("admin", Demo.PASSWORD))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("x=1")));
            assertEquals(415, form.statusCode(), path + ": " + form.body());
            assertTrue(form.body().contains("X-Requested-By"), form.body());
            HttpResponse<String> bare = Http.send(Http.request(path)
                    .header("Authorization", Http.basic("admin", Demo.PASSWORD))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(415, bare.statusCode(), path + " without a content type: " + bare.body());
        }
        HttpResponse<String> scripted = Http.send(Http.asUser(ACCOUNTS + "/demo/webhooks/heal", "admin", Demo.PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, scripted.statusCode(), "with X-Requested-By: " + scripted.body());
    }

    @Test
    void aPagePastTheBoundAnswers400() {
        for (String path : List.of("orders", "returns")) {
            for (String query : List.of("page=2147483647", "page=100001", "size=201", "page=0")) {
                HttpResponse<String> answer = Bridge.get(Bridge.API + path + "?" + query);
                assertEquals(400, answer.statusCode(), path + "?" + query + ": " + answer.body());
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            }
            assertEquals(200, Bridge.get(Bridge.API + path + "?page=100000&size=200").statusCode());
        }
    }

    @Test
    void aJavascriptTrackingUrlAnswers400() {
        String body = "{\"carrier\":\"StarTrack\",\"trackingNumber\":\"ST1\",\"trackingUrl\":\"javascript:alert(1)\"}";
        HttpResponse<String> shipIt = Bridge.warehouse("POST", "orders/999999999/ship", body);
        assertEquals(400, shipIt.statusCode(), shipIt.body());
        assertTrue(shipIt.body().contains("trackingUrl"), shipIt.body());
        HttpResponse<String> tracking = Bridge.warehouse("PUT", "orders/999999999/shipments/1/tracking",
                "{\"trackingNumber\":\"ST2\",\"trackingUrl\":\" JavaScript:alert(1)\"}");
        assertEquals(400, tracking.statusCode(), tracking.body());
    }

    @Test
    void aViewerHasNoCheckWebhooksButtonAndAnAdminHas() {
        assertFalse(dashboardAs("viewer").contains("Check webhooks"));
        assertTrue(dashboardAs("admin").contains("Check webhooks"));
    }

    private static long timed(String user, String password) {
        long start = System.nanoTime();
        HttpResponse<String> answer = Http.send(Http.asUser(ACCOUNTS, user, password).GET());
        long took = System.nanoTime() - start;
        assertEquals(401, answer.statusCode(), user);
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String dashboardAs(String user) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            browser.send(Http.request("/bridge/admin/").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = browser.send(Http.request("/bridge/admin/j_security_check")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + Demo.PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Heal now") || user.equals("viewer"), page.body());
            return page.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
