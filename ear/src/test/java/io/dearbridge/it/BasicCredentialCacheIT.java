package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 25: repeated Basic requests are checked from the verified-credential cache, not by bcrypt (counted by
 * {@code dearbridge_login_basic_total}), and an admin's password change or disable applies to the very next request.
 */
@ExtendWith(ArquillianExtension.class)
class BasicCredentialCacheIT {

    private static final String CHEAP = Bridge.API + "accounts";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    /** Also prints the time per request of 200 sequential GETs (p50, p95), for docs/tls.md and benchmarks. */
    @Test
    void repeatedRequestsWithTheSameCredentialsRunBcryptOnce() {
        String user = newUser("warehouse");
        String password = user + "-pass";
        double cachedBefore = basicLogins("cached");
        double bcryptBefore = basicLogins("bcrypt");
        List<Long> took = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = Http.send(Http.asUser(CHEAP, user, password).GET());
            took.add(System.nanoTime() - start);
            assertEquals(200, answer.statusCode(), answer.body());
        }
        List<Long> sorted = took.stream().skip(1).sorted().toList();
        System.out.printf("BasicCredentialCacheIT: first request %.1f ms; next 200: p50 %.1f ms, p95 %.1f ms%n",
                took.get(0) / 1e6, sorted.get(99) / 1e6, sorted.get(189) / 1e6);
        assertEquals(1, basicLogins("bcrypt") - bcryptBefore, "bcrypt for the first request only");
        assertEquals(200, basicLogins("cached") - cachedBefore, "the other 200 from the cache");
    }

    @Test
    void aChangedPasswordAnswers401AtOnceAndTheNewOneWorks() {
        String user = newUser("warehouse");
        String old = user + "-pass";
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, old).GET()).statusCode());
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, old).GET()).statusCode(), "cached now");
        String changed = "changed-" + UUID.randomUUID();
        HttpResponse<String> put = Bridge.api("admin", "PUT", "users/" + user, "{\"password\": \"" + changed + "\"}");
        assertEquals(200, put.statusCode(), put.body());
        assertUnauthorized(Http.send(Http.asUser(CHEAP, user, old).GET()));
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, changed).GET()).statusCode());
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, changed).GET()).statusCode());
        assertUnauthorized(Http.send(Http.asUser(CHEAP, user, old).GET()));
    }

    @Test
    void aDisabledUserIsRefusedAtOnceAndAnEnabledOneComesBack() {
        String user = newUser("warehouse");
        String password = user + "-pass";
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, password).GET()).statusCode());
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, password).GET()).statusCode(), "cached now");
        assertEquals(200, Bridge.api("admin", "DELETE", "users/" + user, null).statusCode());
        assertUnauthorized(Http.send(Http.asUser(CHEAP, user, password).GET()));
        assertEquals(200, Bridge.api("admin", "PUT", "users/" + user, "{\"enabled\": true}").statusCode());
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, password).GET()).statusCode());
    }

    /** Another node (or bridge-user.sh) changes the row: no event reaches this node, the new hash misses. */
    @Test
    void aChangeMadeElsewhereAppliesAtOnceWithoutAnEvent() {
        String user = newUser("warehouse");
        String old = user + "-pass";
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, old).GET()).statusCode());
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, old).GET()).statusCode(), "cached now");
        ItDatabase.update("update bridge_user set password_hash = (select password_hash from bridge_user where"
                + " username = 'viewer'), password_salt = (select password_salt from bridge_user where username ="
                + " 'viewer'), password_cost = (select password_cost from bridge_user where username = 'viewer')"
                + " where username = ?", user);
        assertUnauthorized(Http.send(Http.asUser(CHEAP, user, old).GET()));
        assertEquals(200, Http.send(Http.asUser(CHEAP, user, Demo.PASSWORD).GET()).statusCode());
        ItDatabase.update("update bridge_user set enabled = false where username = ?", user);
        assertUnauthorized(Http.send(Http.asUser(CHEAP, user, Demo.PASSWORD).GET()));
    }

    @Test
    void rolesStayTheRealmsAndRefusalsKeepTheirShape() {
        String viewer = newUser("viewer");
        assertEquals(200, Http.send(Http.asUser(CHEAP, viewer, viewer + "-pass").GET()).statusCode());
        assertEquals(403, Bridge.api("viewer", "GET", "users", null).statusCode(), "a viewer manages no users");
        assertUnauthorized(Http.get(CHEAP));
        assertUnauthorized(Http.send(Http.asUser(CHEAP, viewer, "wrong-password").GET()));
        assertUnauthorized(Http.send(Http.asUser(CHEAP, "no-such-user-" + UUID.randomUUID(), "x").GET()));
        assertUnauthorized(Http.send(Http.request(CHEAP).header("Authorization", "Basic not-base64!")));
    }

    @Test
    void webhooksStillTakeABearerTokenOrTheirBasicUser() {
        String body = Bridge.salePayload(UUID.randomUUID().toString(), "SO-CACHE-" + UUID.randomUUID());
        HttpResponse<String> bearer = Bridge.postWebhook("Sale/Voided", body);
        assertEquals(200, bearer.statusCode(), bearer.body());
        String hook = newUser(null);
        String basic = Http.basic(hook, hook + "-pass");
        Management.setProperty("dearbridge.account.demo.webhook-username", hook);
        try {
            for (int i = 0; i < 2; i++) {
                String sale = Bridge.salePayload(UUID.randomUUID().toString(), "SO-CACHE-" + UUID.randomUUID());
                HttpResponse<String> own = Http.send("POST", Bridge.WEBHOOKS + "Sale/Voided", sale, "Authorization",
                        basic);
                assertEquals(200, own.statusCode(), own.body());
            }
            assertEquals(401, Http.send("POST", Bridge.WEBHOOKS + "Sale/Voided", body, "Authorization",
                    Http.basic(hook, "wrong-password")).statusCode());
        } finally {
            Management.removeProperty("dearbridge.account.demo.webhook-username");
        }
    }

    private static void assertUnauthorized(HttpResponse<String> answer) {
        assertEquals(401, answer.statusCode(), answer.body());
        assertEquals("Basic realm=\"DEAR Bridge\"", answer.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        assertTrue(answer.body().contains("\"status\":401") || answer.body().contains("\"status\": 401"),
                answer.body());
    }

    /** A new user with the demo account, the given role (none for null) and the password "{name}-pass". */
    private static String newUser(String role) {
        String user = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Bridge.api("admin", "POST", "users", "{\"username\": \"" + user
                + "\", \"password\": \"" + user + "-pass\", \"roles\": [" + (role == null ? "" : "\"" + role + "\"")
                + "], \"accounts\": [" + (role == null ? "" : "\"demo\"") + "]}");
        assertEquals(201, created.statusCode(), created.body());
        return user;
    }

    /** The node's count of Basic logins with this outcome (cached, bcrypt, refused). */
    private static double basicLogins(String outcome) {
        HttpResponse<String> response = Http.get(Http.MANAGEMENT + "/prometheus");
        assertEquals(200, response.statusCode());
        Matcher m = Pattern.compile("^dearbridge_login_basic_total\\{([^}]*)\\} ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(response.body());
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains("outcome=\"" + outcome + "\"")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
