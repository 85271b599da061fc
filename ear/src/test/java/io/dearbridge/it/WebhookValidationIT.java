package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receiver's bad-input table: each row answers clearly, as problem+json, and stores nothing. "Nothing" is
 * checked on the rows the request could have made, not by counting the whole inbox after a pause: the receiver
 * answers only after its commit, so a row it stored is there when the answer arrives, and it carries the request's
 * body, which names this test's sale id or marker.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookValidationIT {

    private static final String ORDER_AUTHORISED = Bridge.WEBHOOKS + "Sale/OrderAuthorised";

    private final String saleId = UUID.randomUUID().toString();
    private final String marker = "SO-" + UUID.randomUUID();
    private final String validBody = Bridge.salePayload(saleId, "SO-VALIDATION");
    private final List<String> sent = new ArrayList<>();
    private long lastEventBefore;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void quietDear() {
        Simulator.calm();
        Simulator.dropDeliveries();
        lastEventBefore = InboxEvents.lastId();
    }

    @AfterEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void noCredentialsIs401() {
        assertRejected(401, post(ORDER_AUTHORISED, null, "application/json", validBody));
    }

    @Test
    void aWrongBearerTokenIs401() {
        assertRejected(401, post(ORDER_AUTHORISED, "Bearer not-the-secret", "application/json", validBody));
    }

    @Test
    void basicAuthIsRefusedWhereTheAccountIsNotSetUpForIt() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("dear:" + Demo.WEBHOOK_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        assertRejected(401, post(ORDER_AUTHORISED, basic, "application/json", validBody));
    }

    @Test
    void anUnknownAccountIs404() {
        assertRejected(404, post("/bridge/api/dear/nobody/webhooks/Sale/OrderAuthorised", bearer(),
                "application/json", validBody));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        assertRejected(415, post(ORDER_AUTHORISED, bearer(), "text/plain", validBody));
        assertRejected(415, post(ORDER_AUTHORISED, bearer(), "application/x-www-form-urlencoded", "SaleID=" + saleId));
    }

    @Test
    void malformedJsonIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", "{\"SaleID\": \"" + saleId));
    }

    @Test
    void anEmptyBodyIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", ""));
    }

    @Test
    void jsonThatIsNotAnObjectIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", "[\"" + saleId + "\"]"));
    }

    @Test
    void aBodyWithoutTheIdsItsTypeCarriesIs400() {
        HttpResponse<String> response = post(ORDER_AUTHORISED, bearer(), "application/json",
                "{\"SaleOrderNumber\": \"" + marker + "\"}");
        assertRejected(400, response);
        assertTrue(response.body().contains("SaleID"), response.body());
        assertRejected(400, post(Bridge.WEBHOOKS + "Sale/ShipmentAuthorised", bearer(), "application/json",
                "{\"OrderNumber\": \"" + marker + "\"}"));
    }

    @Test
    void anIdThatIsNotAGuidIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json",
                "{\"SaleID\": \"42\", \"SaleOrderNumber\": \"" + marker + "\"}"));
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String padding = "x".repeat(1024 * 1024);
        assertRejected(413, post(ORDER_AUTHORISED, bearer(), "application/json",
                "{\"SaleID\": \"" + saleId + "\", \"Padding\": \"" + padding + "\"}"));
    }

    @Test
    void aTypeTheBridgeDoesNotActOnIsStoredAsIgnoredAndAnswered200() {
        HttpResponse<String> response = post(Bridge.WEBHOOKS + "Sale/QuoteAuthorised", bearer(), "application/json",
                validBody);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("ignored"), response.body());
        assertEquals(1, ItDatabase.count("select count(*) from inbox_event where sale_id = ? and status = 'IGNORED'",
                saleId));
    }

    private static String bearer() {
        return "Bearer " + Demo.WEBHOOK_SECRET;
    }

    private HttpResponse<String> post(String path, String authorization, String contentType, String body) {
        sent.add(body);
        HttpRequest.Builder request = Http.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request);
    }

    private void assertRejected(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertFalse(response.body().contains(Demo.WEBHOOK_SECRET), "the secret must not be echoed");
        assertEquals(List.of(), storedFromThisTest(), "nothing may be stored");
        assertEquals(0, ItDatabase.count("select count(*) from inbox_event where sale_id = ?", saleId));
    }

    /** Inbox rows stored since the test began that came from its requests (the payload is kept compacted). */
    private List<InboxEvents.Event> storedFromThisTest() {
        return InboxEvents.storedAfter(lastEventBefore).stream()
                .filter(e -> saleId.equalsIgnoreCase(e.saleId()) || e.payload().contains(saleId)
                        || e.payload().contains(marker) || e.payload().isBlank() || sent.contains(e.payload()))
                .toList();
    }
}
