package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's promise for the run command: the environment overrides its demo settings and adds accounts. One boot
 * of a server configured by the run command's scripts, plus the optional JSON-logs script, with
 * {@code DEARBRIDGE_ACCOUNTS=demo,acme} and the account {@code acme} wholly from the environment (the simulator on
 * the same server learns it from {@code DEARSIM_ACCOUNTS}), a non-secret demo setting (its base URL) and a demo
 * secret (its webhook secret) from the environment too.
 */
class DemoEnvironmentIT {

    private static final String SIMULATOR = RunCommandServer.BASE_URL + "/dear-simulator/ExternalApi/v2";
    private static final String ACME_ACCOUNT_ID = "6d0c54a8-3b1e-4f27-9a55-0e8b7c2d4f19";
    private static final String ACME_KEY = "acme-key-" + UUID.randomUUID();
    private static final String ACME_WEBHOOK_SECRET = "acme-webhook-secret-" + UUID.randomUUID();
    private static final String DEMO_WEBHOOK_SECRET = "demo-webhook-secret-from-env-" + UUID.randomUUID();
    /** The same simulator, reached by another name, so that the override shows in the API. */
    private static final String DEMO_BASE_URL = "http://localhost:" + RunCommandServer.HTTP_PORT
            + "/dear-simulator/ExternalApi/v2";

    private RunCommandServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theEnvironmentAddsAnAccountAndOverridesTheDemoSettingsAndTheConsoleLogsJson() throws Exception {
        server = RunCommandServer.freshCopy("demo-environment");
        server.configure(Path.of("src/main/wildfly/configure-json-logs.cli"));
        server.deployBridge();
        server.start(Map.of(), Map.of(
                "DEARBRIDGE_ACCOUNTS", "demo,acme",
                "DEARBRIDGE_ACCOUNT_ACME_BASE_URL", SIMULATOR,
                "DEARBRIDGE_ACCOUNT_ACME_ACCOUNT_ID", ACME_ACCOUNT_ID,
                "DEARBRIDGE_ACCOUNT_ACME_APPLICATION_KEY", ACME_KEY,
                "DEARBRIDGE_ACCOUNT_ACME_WEBHOOK_SECRET", ACME_WEBHOOK_SECRET,
                "DEARBRIDGE_ACCOUNT_DEMO_BASE_URL", DEMO_BASE_URL,
                "DEARBRIDGE_ACCOUNT_DEMO_WEBHOOK_SECRET", DEMO_WEBHOOK_SECRET,
                "DEARSIM_ACCOUNTS", "Demo Outdoor Co:" + Demo.ACCOUNT_ID + ":" + Demo.APPLICATION_KEY
                        + ",Acme Trading:" + ACME_ACCOUNT_ID + ":" + ACME_KEY));

        assertBothAccountsServedWithTheEnvironmentsUrls();
        assertAcmeImportsOrders();
        assertTheDemoWebhookSecretIsTheEnvironments();
        assertTheConsoleIsJsonWithoutSecrets();
    }

    private static void assertBothAccountsServedWithTheEnvironmentsUrls() {
        HttpResponse<String> response = Http.send(Http.asUser(RunCommandServer.BASE_URL + "/bridge/api/v1/accounts",
                "viewer", Demo.PASSWORD).GET());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> baseUrls = Http.<JsonArray>json(response).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("code"), a -> a.getString("baseUrl")));
        assertEquals(Map.of("demo", DEMO_BASE_URL + "/", "acme", SIMULATOR + "/"), baseUrls, response.body());
    }

    /**
     * The simulator's demo traffic authorises a sale for each of its accounts every 5 s and sends the webhook to the
     * subscription the bridge made with acme's key; the bridge checks acme's secret and reads the sale with acme's
     * key. So an acme order proves the environment's whole account, on both sides.
     */
    private static void assertAcmeImportsOrders() {
        Await.await("an order of the account acme, imported from the simulator's demo traffic", Duration.ofSeconds(90),
                () -> {
                    HttpResponse<String> orders = Http.send(Http.asUser(RunCommandServer.BASE_URL
                            + "/bridge/api/v1/orders?account=acme&size=1", "viewer", Demo.PASSWORD).GET());
                    assertEquals(200, orders.statusCode(), orders.body());
                    return Http.<JsonObject>json(orders).getJsonNumber("total").longValue() > 0 ? Boolean.TRUE : null;
                });
    }

    /** The demo's secrets are encrypted system properties behind the config source; the environment still wins. */
    private static void assertTheDemoWebhookSecretIsTheEnvironments() {
        String webhook = RunCommandServer.BASE_URL + "/bridge/api/dear/demo/webhooks/Sale/QuoteAuthorised";
        HttpResponse<String> scripts = Http.send("POST", webhook, "{}", "Authorization",
                "Bearer " + Demo.WEBHOOK_SECRET);
        assertEquals(401, scripts.statusCode(), "the script's secret, overridden: " + scripts.body());
        HttpResponse<String> environments = Http.send("POST", webhook, "{}", "Authorization",
                "Bearer " + DEMO_WEBHOOK_SECRET);
        assertEquals(200, environments.statusCode(), "the environment's secret: " + environments.body());
    }

    /**
     * configure-json-logs.cli: once the logging subsystem is up (the first lines of a first boot come before it, in
     * WildFly's pattern), every console line is one JSON object, the bridge's own messages among them. No key or
     * secret given in the environment shows there or in standalone/log.
     */
    private void assertTheConsoleIsJsonWithoutSecrets() {
        String console = server.console();
        List<String> lines = console.lines().dropWhile(line -> !line.startsWith("{")).filter(l -> !l.isBlank())
                .toList();
        assertFalse(lines.isEmpty(), "no JSON line on the console");
        boolean started = false;
        boolean acmeLogged = false;
        for (String line : lines) {
            JsonObject entry;
            try {
                entry = Json.createReader(new StringReader(line)).readObject();
            } catch (JsonException e) {
                fail("not a JSON object on the console: " + line);
                return;
            }
            for (String field : List.of("timestamp", "level", "loggerName", "message")) {
                assertTrue(entry.containsKey(field), field + " missing in " + line);
            }
            assertEquals("dear-bridge", entry.getString("app"), line);
            started |= entry.getString("message").startsWith("WFLYSRV0025");
            acmeLogged |= entry.getString("loggerName").startsWith("io.dearbridge")
                    && entry.getString("message").contains("DearAccount[acme");
        }
        assertTrue(started, "WildFly's 'started' message should be among the JSON lines");
        assertTrue(acmeLogged, "the bridge should log the account acme, masked, in JSON");
        String logs = server.logs();
        Map<String, String> secrets = Map.of("acme's application key", ACME_KEY,
                "acme's webhook secret", ACME_WEBHOOK_SECRET, "the demo's webhook secret", DEMO_WEBHOOK_SECRET,
                "the demo's application key", Demo.APPLICATION_KEY);
        secrets.forEach((what, secret) -> {
            assertFalse(console.contains(secret), what + " leaked into the console");
            assertFalse(logs.contains(secret), what + " leaked into standalone/log");
        });
    }
}
