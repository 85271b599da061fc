package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The skeleton: the real EAR on WildFly with its schema, health, accounts, security and the simulator. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @Test
    void simulatorAnswersMeForTheDemoAccountAnd403ForWrongKeys() {
        HttpResponse<String> ok = Http.send(Http.request("/dear-simulator/ExternalApi/v2/me")
                .header("api-auth-accountid", Demo.ACCOUNT_ID)
                .header("api-auth-applicationkey", Demo.APPLICATION_KEY));
        assertEquals(200, ok.statusCode());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject me = Http.json(ok);
        assertEquals("Demo Outdoor Co", me.getString("Company"));

        HttpResponse<String> wrong = Http.send(Http.request("/dear-simulator/ExternalApi/v2/me")
                .header("api-auth-accountid", Demo.ACCOUNT_ID)
                .header("api-auth-applicationkey", "00000000-0000-0000-0000-000000000000"));
        assertEquals(403, wrong.statusCode());
        assertEquals("Incorrect credentials!", wrong.body());

        assertEquals(403, Http.get("/dear-simulator/ExternalApi/v2/me").statusCode());
    }

    @Test
    void readinessReportsTheDatabaseAndCompletedMigrations() {
        HttpResponse<String> ready = Http.get(Http.MANAGEMENT + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Http.json(ready);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(latestMigrationVersion(), database.getJsonObject("data").getString("schemaVersion"));

        HttpResponse<String> live = Http.get(Http.MANAGEMENT + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"server\""), live.body());
    }

    @Test
    void migrationsCreatedTheSyncTables() {
        assertEquals(latestMigrationCount(), ItDatabase.count(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"));
        for (String table : new String[] {"account", "inbox_event", "outbox_command", "sync_attempt"}) {
            assertTrue(tableExists(table), table + " was not created by the migrations");
        }
        assertEquals(1, ItDatabase.count("select count(*) from account where code = ? and active = true", Demo.ACCOUNT));
    }

    @Test
    void accountsAreListedWithoutTheirSecrets() {
        HttpResponse<String> response = Http.send(Http.asUser("/bridge/api/v1/accounts", "viewer", Demo.PASSWORD).GET());
        assertEquals(200, response.statusCode(), response.body());
        JsonArray accounts = Http.json(response);
        assertEquals(Demo.ACCOUNT, accounts.getJsonObject(0).getString("code"));
        assertNoSecretIn(response.body());
    }

    @Test
    void theApiRequiresAuthenticationAndAnswersProblemJson() {
        HttpResponse<String> anonymous = Http.get("/bridge/api/v1/accounts");
        assertEquals(401, anonymous.statusCode());

        HttpResponse<String> wrongPassword = Http.send(Http.asUser("/bridge/api/v1/accounts", "viewer", "nope").GET());
        assertEquals(401, wrongPassword.statusCode());

        HttpResponse<String> missing = Http.send(Http.asUser("/bridge/api/v1/no-such-thing", "viewer", Demo.PASSWORD).GET());
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        assertNoSecretIn(missing.body());
    }

    /** This server only; SecretLeakIT covers the run command's configuration, reloads, -D and the environment. */
    @Test
    void noSecretReachesTheServerLog() throws IOException {
        Http.send(Http.asUser("/bridge/api/v1/accounts", "admin", Demo.PASSWORD).GET());
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        String text = Files.readString(log);
        assertTrue(text.contains("DearAccount[demo"), "the account should be logged, masked");
        assertNoSecretIn(text);
    }

    private static boolean tableExists(String table) {
        try (var connection = ItDatabase.connect();
             var tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertNoSecretIn(String text) {
        assertFalse(text.contains(Demo.APPLICATION_KEY), "application key leaked");
        assertFalse(text.contains(Demo.WEBHOOK_SECRET), "webhook secret leaked");
        assertFalse(text.contains(Demo.ACCOUNT_ID), "account id leaked");
    }

    /** The versions of the migrations in the source tree: the SQL scripts and the Java migrations. */
    private static List<Integer> migrationVersions() {
        Path module = Path.of(System.getProperty("user.dir")).getParent().resolve("migrations/src/main");
        List<Integer> versions = new ArrayList<>();
        for (Path dir : List.of(module.resolve("resources/db/migration"), module.resolve("java/db/migration"))) {
            try (var files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.(sql|java)"))
                        .forEach(n -> versions.add(Integer.parseInt(n.substring(1, n.indexOf("__")))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return versions;
    }

    private static long latestMigrationCount() {
        return migrationVersions().size();
    }

    private static String latestMigrationVersion() {
        return String.valueOf(migrationVersions().stream().max(Integer::compare).orElseThrow());
    }
}
