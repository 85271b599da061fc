package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The production configuration requires HTTPS. The run command's server base (the same CLI scripts production runs,
 * plus the demo's config source) booted with demo mode off and https URLs given as system properties, which outrank
 * the demo's config source: plain HTTP to the bridge is redirected to WildFly's HTTPS listener (its self-signed
 * certificate, trusted here), which answers with HSTS and a Secure session cookie; the simulator's control API is off.
 * A real boot rather than a unit test, because the redirect is the container's (CONFIDENTIAL constraints).
 */
class ProductionConfigIT {

    private static final int HTTPS_PORT = 8443 + RunCommandServer.PORT_OFFSET;
    private static final String HTTPS = "https://127.0.0.1:" + HTTPS_PORT;

    private RunCommandServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void plainHttpIsRedirectedToHttpsWithHstsAndASecureCookieAndTheControlApiIsOff() throws Exception {
        server = RunCommandServer.freshCopy("production-config");
        server.deployBridge();
        server.start(Map.of(
                "dearbridge.demo", "false",
                "dearsim.control-api", "false",
                "dearbridge.account.demo.base-url", HTTPS + "/dear-simulator/ExternalApi/v2",
                "dearbridge.public-base-url", HTTPS + "/bridge"), Map.of());

        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of("/bridge/api/v1/accounts", "/bridge/admin/", "/bridge/api/dear/demo/webhooks/Sale/Voided")) {
            HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(RunCommandServer.BASE_URL + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, answer.statusCode(), path + ": " + answer.body());
            assertEquals(HTTPS + path, answer.headers().firstValue("Location").orElse(""), path);
        }

        HttpsURLConnection api = open(HTTPS + "/bridge/api/v1/accounts");
        assertEquals(401, api.getResponseCode());
        assertEquals("max-age=31536000", api.getHeaderField("Strict-Transport-Security"));

        HttpsURLConnection console = open(HTTPS + "/bridge/admin/index.xhtml");
        console.getResponseCode();
        String cookie = console.getHeaderFields().getOrDefault("Set-Cookie", List.of()).stream()
                .filter(c -> c.startsWith("BRIDGE_ADMIN_SESSION=")).findFirst().orElse("");
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; secure") && attributes.contains("; httponly")
                        && attributes.contains("; samesite=lax"),
                "console cookie: " + cookie + " of " + console.getHeaderFields());

        HttpResponse<String> control = plain.send(HttpRequest.newBuilder(URI.create(RunCommandServer.BASE_URL
                + "/dear-simulator/control/accounts")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, control.statusCode(), "control API: " + control.body());
    }

    private static HttpsURLConnection open(String url) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
            @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
            @Override public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        HttpsURLConnection connection = (HttpsURLConnection) URI.create(url).toURL().openConnection();
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        return connection;
    }
}
