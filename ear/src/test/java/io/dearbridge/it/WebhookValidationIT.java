package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receiver's bad-input table: each refusal answers clearly, as problem+json, and stores nothing; a JSON body it
 * cannot read is stored and flagged instead of refused (DEAR would switch the subscription off). "Nothing" is
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

    /** Issue 25: account codes cannot be enumerated; an unknown account is answered as a wrong secret, byte for byte. */
    @Test
    void anUnknownAccountIs401ExactlyLikeAWrongSecret() {
        HttpResponse<String> unknown = post("/bridge/api/dear/nobody/webhooks/Sale/OrderAuthorised",
                "Bearer not-the-secret", "application/json", validBody);
        HttpResponse<String> wrong = post(ORDER_AUTHORISED, "Bearer not-the-secret", "application/json", validBody);
        assertRejected(401, unknown);
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(wrong.body(), unknown.body());
        assertEquals(wrong.headers().firstValue("WWW-Authenticate"), unknown.headers().firstValue("WWW-Authenticate"));
        assertEquals(wrong.headers().firstValue("Content-Type"), unknown.headers().firstValue("Content-Type"));
        // The right secret of another account does not open an unknown one either.
        assertRejected(401, post("/bridge/api/dear/nobody/webhooks/Sale/OrderAuthorised", bearer(),
                "application/json", validBody));
    }

    /** The body decides, not the Content-Type (a JSON body under any type is stored: {@code WebhookBodyFirstIT}). */
    @Test
    void aBodyThatIsNotJsonIs400WhateverItsType() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/x-www-form-urlencoded", "SaleID=" + saleId));
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", "SaleID=" + saleId));
    }

    @Test
    void malformedJsonIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", "{\"SaleID\": \"" + saleId));
    }

    @Test
    void anEmptyBodyIs400() {
        assertRejected(400, post(ORDER_AUTHORISED, bearer(), "application/json", ""));
    }

    /**
     * Well-formed JSON without a usable SaleID or SaleTaskID is not refused: DEAR counts a refusal as a failed
     * delivery and switches the whole subscription off after six (docs/dear-api.md §2.5). It is stored, answered
     * 200, and marked FAILED as unparsed, where operators see it.
     */
    @Test
    void aBodyWithoutTheIdsItsTypeCarriesIsStoredAndFlaggedNotRefused() {
        assertUnparsed(ORDER_AUTHORISED, "{\"SaleOrderNumber\": \"" + marker + "\"}", marker);
        assertUnparsed(Bridge.WEBHOOKS + "Sale/ShipmentAuthorised", "{\"OrderNumber\": \"" + marker + "-S\"}",
                marker + "-S");
        assertUnparsed(ORDER_AUTHORISED, "{\"SaleID\": \"42\", \"SaleOrderNumber\": \"" + marker + "-G\"}",
                marker + "-G");
    }

    @Test
    void jsonThatIsNotAnObjectIsStoredAndFlaggedToo() {
        HttpResponse<String> response = post(ORDER_AUTHORISED, bearer(), "application/json", "[\"" + saleId + "\"]");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, storedFromThisTest().size());
    }

    /** DEAR itself sends the body six times to a receiver that refuses it, then switches the webhook off. */
    @Test
    void dearKeepsTheSubscriptionOnWhenItSendsABodyWithoutIds() {
        Simulator.control("PUT", Simulator.account() + "/settings", "{\"webhookDropRate\": 0}");
        Simulator.await("the Sale/Voided subscription", Duration.ofSeconds(30), () -> active("Sale/Voided"));
        Simulator.control("POST", Simulator.account() + "/webhooks/send", "{\"type\": \"Sale/Voided\", \"body\":"
                + " {\"SaleOrderNumber\": \"" + marker + "\"}}");
        awaitFailed(marker);
        assertTrue(Simulator.control("GET", Simulator.account() + "/deliveries", null).body()
                .contains("\"status\":200"), "DEAR saw its delivery accepted");
        assertTrue(active("Sale/Voided") != null, "the subscription stays on");
    }

    private void assertUnparsed(String path, String body, String number) {
        HttpResponse<String> response = post(path, bearer(), "application/json", body);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("accepted"), response.body());
        awaitFailed(number);
    }

    private static void awaitFailed(String number) {
        Simulator.await("the unparsed body to be FAILED", Duration.ofSeconds(30), () -> ItDatabase.count(
                "select count(*) from inbox_event where document_number = ? and status = 'FAILED'"
                        + " and last_error like 'unparsed webhook body: no SaleID or SaleTaskID%'", number) == 1
                ? Boolean.TRUE : null);
    }

    private static Object active(String type) {
        JsonObject list = Http.json(Simulator.dear("GET", "webhooks", null));
        return list.getJsonArray("Webhooks").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("Type").equals(type) && w.getBoolean("IsActive")
                        && w.getString("ExternalURL").contains("/bridge/api/dear/"))
                .findFirst().orElse(null);
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
        assertEquals(1, ItDatabase.count("select count(*) from inbox_event where document_id = ? and status = 'IGNORED'",
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
        assertEquals(0, ItDatabase.count("select count(*) from inbox_event where document_id = ?", saleId));
    }

    /** Inbox rows stored since the test began that came from its requests (the payload is kept compacted). */
    private List<InboxEvents.Event> storedFromThisTest() {
        return InboxEvents.storedAfter(lastEventBefore).stream()
                .filter(e -> saleId.equalsIgnoreCase(e.documentId()) || e.payload().contains(saleId)
                        || e.payload().contains(marker) || e.payload().isBlank() || sent.contains(e.payload()))
                .toList();
    }
}
