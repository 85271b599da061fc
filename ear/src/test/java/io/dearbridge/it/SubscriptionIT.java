package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The bridge keeps its DEAR webhooks alive: created at start, re-activated when DEAR switched them off. */
@ExtendWith(ArquillianExtension.class)
class SubscriptionIT {

    private static final List<String> TYPES = List.of("Sale/OrderAuthorised", "Sale/Voided", "Sale/Undo",
            "Sale/Backordered", "Sale/ShipmentTrackingNumberChanged", "Sale/PickAuthorised", "Sale/PackAuthorised",
            "Sale/ShipmentAuthorised", "Sale/CreditNoteAuthorised");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void calm() {
        Simulator.calm();
    }

    @Test
    void atStartEveryHandledTypeIsSubscribedWithTheBridgesUrl() {
        for (String type : TYPES) {
            JsonObject ours = Simulator.await(type + " subscription", Duration.ofSeconds(30), () -> ours(type));
            assertTrue(ours.getBoolean("IsActive"), type);
            assertEquals("bearerauth", ours.getString("ExternalAuthorizationType"));
        }
    }

    @Test
    void aWebhookDearSwitchedOffIsReactivatedWithItsTokenAndOthersAreUntouched() {
        JsonObject undo = Simulator.await("Sale/Undo subscription", Duration.ofSeconds(30), () -> ours("Sale/Undo"));
        // DEAR switched it off; a careless PUT also wiped the token.
        JsonObject off = Json.createObjectBuilder(undo).add("IsActive", false).add("ExternalBearerToken", "").build();
        assertEquals(200, Simulator.dear("PUT", "webhooks", off.toString()).statusCode());
        String foreign = Json.createObjectBuilder().add("Type", "Sale/Undo").add("IsActive", false)
                .add("ExternalURL", "https://other.example/hooks/undo").add("ExternalAuthorizationType", "noauth")
                .build().toString();
        assertEquals(200, Simulator.dear("POST", "webhooks", foreign).statusCode());

        HttpResponse<String> viewer = Http.send(Http.asUser("/bridge/api/v1/accounts/demo/webhooks/heal", "viewer",
                Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, viewer.statusCode());
        HttpResponse<String> healed = Http.send(Http.asUser("/bridge/api/v1/accounts/demo/webhooks/heal", "admin",
                Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, healed.statusCode(), healed.body());
        JsonObject undoReport = Bridge.list(Http.json(healed)).stream()
                .filter(r -> r.getString("type").equals("Sale/Undo")).findFirst().orElseThrow();
        assertEquals("REACTIVATED", undoReport.getString("outcome"));
        // Readiness on this node (any node: it reads what the heal stored) shows the degraded subscription.
        JsonObject ready = Http.json(Http.get(Http.MANAGEMENT + "/health/ready"));
        JsonObject webhooks = Bridge.list(ready.getJsonArray("checks")).stream()
                .filter(c -> c.getString("name").equals("webhooks")).findFirst().orElseThrow();
        assertTrue(webhooks.getJsonObject("data").getString("demo Sale/Undo").startsWith("REACTIVATED at"),
                webhooks.toString());
        assertEquals("UP", webhooks.getString("status"));

        assertTrue(ours("Sale/Undo").getBoolean("IsActive"));
        JsonObject other = webhooks().stream()
                .filter(w -> w.getString("ExternalURL").equals("https://other.example/hooks/undo")).findFirst().orElseThrow();
        assertEquals(false, other.getBoolean("IsActive"), "another system's webhook must be left alone");

        // The token was sent again: DEAR's next Sale/Undo delivery is accepted and the order goes on hold.
        JsonObject sale = Simulator.createSale("{}");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        Simulator.await("order " + number, Duration.ofSeconds(60), () -> Bridge.orderByNumber(number));
        Simulator.act(sale.getString("ID"), "undo", null);
        Simulator.await("order on hold", Duration.ofSeconds(60), () -> Bridge.orderByNumber(number, "ON_HOLD"));

        Simulator.dear("DELETE", "webhooks?ID=" + other.getString("ID"), null);
    }

    private static List<JsonObject> webhooks() {
        HttpResponse<String> response = Simulator.dear("GET", "webhooks", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonArray hooks = Http.<JsonObject>json(response).getJsonArray("Webhooks");
        return Bridge.list(hooks);
    }

    private static JsonObject ours(String type) {
        String url = "http://127.0.0.1:" + (8080 + Http.PORT_OFFSET) + "/bridge/api/dear/demo/webhooks/" + type;
        return webhooks().stream().filter(w -> w.getString("Type").equals(type)
                && w.getString("ExternalURL").equals(url)).findFirst().orElse(null);
    }
}
