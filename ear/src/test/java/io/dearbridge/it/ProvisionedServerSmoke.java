package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * The provisioned server (profile {@code provisioned}, docs/deployment.md) boots as production runs it: its own
 * configuration (PostgreSQL, from the environment the container image documents), the EAR it was packaged with, and
 * the simulator dropped beside it as a stand-in DEAR. Its readiness turns UP, and a sale the simulator authorises
 * reaches it as a webhook and becomes an order. Not an {@code *IT}: only the profile's own failsafe run starts it.
 */
class ProvisionedServerSmoke {

    private static final int PORT_OFFSET = Integer.getInteger("it.port.offset", 0) + 60;
    private static final String BASE_URL = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    private static final String MANAGEMENT_URL = "http://127.0.0.1:" + (9990 + PORT_OFFSET);
    private static final String WEBHOOK_SECRET = "smoke-webhook-secret-4e1d9a7c";

    private final Path home = Path.of(System.getProperty("it.provisioned.home"));
    private final Path work = Path.of(System.getProperty("it.work.dir", "target"), "provisioned-smoke");
    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void bootsOnPostgresReportsReadyAndTurnsAWebhookIntoAnOrder() throws Exception {
        assertTrimmed();
        String database = System.getProperty("it.smoke.database");
        recreate(database);
        Path base = freshBase();
        Path console = work.resolve("console.log");
        Files.deleteIfExists(console);

        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(home)
                .setBaseDirectory(base)
                .addJavaOptions("-Xms256m", "-Xmx1g", "-Djboss.socket.binding.port-offset=" + PORT_OFFSET);
        command.addServerArguments("-b=127.0.0.1", "-bmanagement=127.0.0.1");
        String simulator = BASE_URL + "/dear-simulator/ExternalApi/v2";
        process = Launcher.of(command)
                .addEnvironmentVariables(Map.ofEntries(
                        Map.entry("DEARBRIDGE_DB_URL", "jdbc:postgresql://" + System.getProperty("it.smoke.db.host")
                                + "/" + database),
                        Map.entry("DEARBRIDGE_DB_USER", System.getProperty("it.smoke.db.user")),
                        Map.entry("DEARBRIDGE_DB_PASSWORD", System.getProperty("it.smoke.db.password")),
                        Map.entry("DEARBRIDGE_NODE_ID", "smoke-0"),
                        Map.entry("DEARBRIDGE_ACCOUNTS", "demo"),
                        Map.entry("DEARBRIDGE_ACCOUNT_DEMO_BASE_URL", simulator),
                        Map.entry("DEARBRIDGE_ACCOUNT_DEMO_ACCOUNT_ID", Demo.ACCOUNT_ID),
                        Map.entry("DEARBRIDGE_ACCOUNT_DEMO_APPLICATION_KEY", Demo.APPLICATION_KEY),
                        Map.entry("DEARBRIDGE_ACCOUNT_DEMO_WEBHOOK_SECRET", WEBHOOK_SECRET),
                        Map.entry("DEARBRIDGE_PUBLIC_BASE_URL", BASE_URL + "/bridge"),
                        // Orders may come only by webhook: reconciliation stays out of the way.
                        Map.entry("DEARBRIDGE_RECONCILE_FIRST_DELAY", "PT1H"),
                        Map.entry("DEARBRIDGE_DEMO_USERS", "true"),
                        // The simulator is on plain HTTP: outside demo mode http URLs stop the start (TransportPolicy).
                        Map.entry("DEARBRIDGE_ALLOW_PLAIN_HTTP", "true"),
                        Map.entry("DEARSIM_ACCOUNTS", "Demo Outdoor Co:" + Demo.ACCOUNT_ID + ":" + Demo.APPLICATION_KEY),
                        Map.entry("DEARSIM_DEMO_TRAFFIC", "true"),
                        Map.entry("DEARSIM_WEBHOOK_TIME_FACTOR", "0.01")))
                .setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .launch();

        JsonObject ready = Await.await("the provisioned server's /health/ready to turn UP", Duration.ofSeconds(300),
                () -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server exited: " + tail(console));
                    }
                    try {
                        HttpResponse<String> response = Http.get(MANAGEMENT_URL + "/health/ready");
                        return response.statusCode() == 200 ? Http.<JsonObject>json(response) : null;
                    } catch (UncheckedIOException notListeningYet) {
                        return null;
                    }
                });
        assertEquals("UP", ready.getString("status"), ready.toString());
        assertTrue(ready.toString().contains("\"dear-bridge.ear\":\"OK\""), ready.toString());
        assertTrue(ready.toString().contains("\"database\":\"PostgreSQL\""), ready.toString());
        assertEquals(200, Http.get(MANAGEMENT_URL + "/health/live").statusCode());
        // The Kubernetes startup probe's (deploy/kubernetes/statefulset.yaml).
        assertEquals(200, Http.get(MANAGEMENT_URL + "/health/started").statusCode());

        JsonObject orders = Await.await("an order from a webhook the simulator posts", Duration.ofSeconds(180), () -> {
            HttpResponse<String> response = Http.send(Http.asUser(BASE_URL + "/bridge/api/v1/orders?account=demo&size=1",
                    "viewer", Demo.PASSWORD).GET());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = Http.json(response);
            return page.getJsonNumber("total").longValue() > 0 ? page : null;
        });
        assertEquals("demo", orders.getJsonArray("items").getJsonObject(0).getString("account"), orders.toString());

        String console_ = Files.readString(console);
        assertFalse(console_.contains(WEBHOOK_SECRET), "the webhook secret leaked into the console");
        assertFalse(console_.contains("WFLYCTL0013"), "an operation failed at boot: " + tail(console));
    }

    /** Trimmed: no messaging, no Fault Tolerance, no CockroachDB support; the project's PostgreSQL module is there. */
    private void assertTrimmed() throws IOException {
        Path modules = home.resolve("modules/system/layers/base");
        assertFalse(Files.exists(modules.resolve("org/apache/activemq")), "messaging modules were provisioned");
        assertTrue(Files.exists(home.resolve("modules/org/postgresql/main/postgresql.jar")),
                "the PostgreSQL module is missing");
        assertTrue(Files.exists(home.resolve("standalone/deployments/dear-bridge.ear")), "the EAR is not deployed");
        try (var ear = new java.util.zip.ZipFile(home.resolve("standalone/deployments/dear-bridge.ear").toFile())) {
            assertTrue(ear.getEntry("lib/flyway-database-postgresql.jar") != null, "Flyway's PostgreSQL support");
            assertTrue(ear.getEntry("lib/flyway-database-cockroachdb.jar") == null, "CockroachDB support is packaged");
        }
        String config = Files.readString(home.resolve("standalone/configuration/standalone.xml"));
        assertFalse(config.contains("fault-tolerance"), "Fault Tolerance is configured");
        assertTrue(config.contains("jndi-name=\"java:jboss/datasources/BridgeDS\""), "configure-datasource-postgres.cli");
    }

    /** A copy of the provisioned standalone/ with the simulator in its deployments, so the server itself stays as built. */
    private Path freshBase() throws IOException {
        Path base = work.resolve("standalone");
        if (Files.exists(base)) {
            try (var paths = Files.walk(base)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Path template = home.resolve("standalone");
        try (var paths = Files.walk(template)) {
            for (Path path : paths.toList()) {
                Path target = base.resolve(template.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(Path.of(System.getProperty("it.simulator.war")), base.resolve("deployments/dear-simulator.war"));
        return base;
    }

    private static void recreate(String database) {
        String admin = "jdbc:postgresql://" + System.getProperty("it.smoke.db.host") + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, System.getProperty("it.smoke.db.user"),
                System.getProperty("it.smoke.db.password"));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL database " + database + " at " + admin, e);
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
