package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What real DEAR may send that the simulator does not: a JSON body under another Content-Type (or none; DEAR
 * documents none, and six refusals switch the subscription off), and a request through the bridge's proxy carrying
 * an X-Forwarded-For line the client wrote. The IT server allows 127.0.0.1, 198.51.100.0/24 and DEAR's published
 * addresses ({@code dearbridge.webhooks.allow-dear-addresses}), and trusts 127.0.0.1 as a proxy (configure-it.cli).
 */
@ExtendWith(ArquillianExtension.class)
class WebhookBodyFirstIT {

    private static final String ORDER_AUTHORISED = Bridge.WEBHOOKS + "Sale/OrderAuthorised";

    private final String saleId = UUID.randomUUID().toString();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void quietDear() {
        Simulator.calm();
        Simulator.dropDeliveries();
    }

    @AfterEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void aJsonBodySentAsTextPlainIsStored() {
        HttpResponse<String> response = send("text/plain; charset=utf-8", body());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("accepted"), response.body());
        assertEquals(1, stored());
    }

    @Test
    void aJsonBodyWithoutAContentTypeIsStored() {
        HttpResponse<String> response = send(null, body());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, stored());
    }

    /**
     * HAProxy's {@code option forwardfor} keeps the client's own X-Forwarded-For line and appends one naming the real
     * client: the forged first line (an allowed address) must not let it in.
     */
    @Test
    void aForgedFirstForwardedForLineIsRefused() {
        HttpResponse<String> response = send("application/json", body(), "198.51.100.7", "203.0.113.9");
        assertEquals(403, response.statusCode(), response.body());
        assertEquals(0, stored());
    }

    @Test
    void dearsPublishedAddressBehindTheTrustedProxyIsAccepted() {
        HttpResponse<String> response = send("application/json", body(), "203.0.113.9", "13.82.183.64");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, stored());
    }

    private String body() {
        return Bridge.salePayload(saleId, "SO-BODY-FIRST");
    }

    private long stored() {
        return ItDatabase.count("select count(*) from inbox_event where document_id = ?", saleId);
    }

    /** Each forwarded-for value goes as a header line of its own, in order. */
    private static HttpResponse<String> send(String contentType, String body, String... forwardedFor) {
        HttpRequest.Builder request = Http.request(ORDER_AUTHORISED).header("Authorization", "Bearer " + Demo.WEBHOOK_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (String line : forwardedFor) {
            request.header("X-Forwarded-For", line);
        }
        return Http.send(request);
    }
}
