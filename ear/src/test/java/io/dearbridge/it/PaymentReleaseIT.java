package io.dearbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ship only once paid (issue 22): with {@code dearbridge.account.demo.release=on-payment} the bridge subscribes to
 * DEAR's payment events, an authorised sale waits as WAITING_PAYMENT, a pick on it is refused with 409, a partial
 * payment keeps it waiting, and the full payment releases it to AWAITING_PICK.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReleaseIT {

    private static final String RELEASE = "dearbridge.account." + Demo.ACCOUNT + ".release";
    private static final String PICK = "{\"lines\": [{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"location\": \"A-03-02\"}]}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void onPayment() {
        Simulator.calm();
        management(Operations.createAddOperation(Operations.createAddress("system-property", RELEASE)), "on-payment");
    }

    @AfterEach
    void onAuthoriseAgain() {
        management(Operations.createRemoveOperation(Operations.createAddress("system-property", RELEASE)), null);
        // Back to what an on-authorise account has in DEAR, for the tests after this one.
        JsonObject hooks = Http.json(Simulator.dear("GET", "webhooks", null));
        for (JsonObject hook : hooks.getJsonArray("Webhooks").getValuesAs(JsonObject.class)) {
            if (hook.getString("Type").endsWith("PaymentReceived")
                    && hook.getString("ExternalURL").contains("/bridge/api/dear/")) {
                Simulator.dear("DELETE", "webhooks?ID=" + hook.getString("ID"), null);
            }
        }
        Simulator.calm();
    }

    @Test
    void theOrderWaitsForPaymentRefusesAPickAndIsReleasedWhenDearShowsItPaid() {
        HttpResponse<String> healed = Http.send(Http.asUser("/bridge/api/v1/accounts/" + Demo.ACCOUNT
                + "/webhooks/heal", "admin", Demo.PASSWORD).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, healed.statusCode(), healed.body());
        Simulator.awaitSubscribed("Sale/PartialPaymentReceived");
        Simulator.awaitSubscribed("Sale/FullPaymentReceived");

        JsonObject sale = Simulator.authorisedSale("[{\"sku\": \"TENT-2P-GRN\", \"quantity\": 1, \"price\": 249}]");
        String number = sale.getJsonObject("Order").getString("SaleOrderNumber");
        JsonObject order = Await.await("order " + number + " waiting for payment",
                () -> Bridge.orderByNumber(number, "WAITING_PAYMENT"));
        long id = order.getJsonNumber("id").longValue();
        assertEquals("UNPAID", order.getJsonObject("dear").getString("paymentStatus"));

        HttpResponse<String> refused = Bridge.warehouse("POST", "orders/" + id + "/picks", PICK);
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("waiting for payment"), refused.body());

        Simulator.act(sale.getString("ID"), "pay", "{\"status\": \"PARTIALLY PAID\"}");
        JsonObject partly = Await.await("the partial payment seen", () -> {
            JsonObject o = Bridge.order(id);
            return "PARTIALLY PAID".equals(o.getJsonObject("dear").getString("paymentStatus", null)) ? o : null;
        });
        assertEquals("WAITING_PAYMENT", partly.getString("status"), "a partial payment keeps it waiting");

        Simulator.act(sale.getString("ID"), "pay", "{\"status\": \"PAID\"}");
        JsonObject released = Await.await("order " + number + " released", () -> Bridge.orderByNumber(number,
                "AWAITING_PICK"));
        assertEquals("PAID", Bridge.order(released.getJsonNumber("id").longValue()).getJsonObject("dear")
                .getString("paymentStatus"));
        assertEquals(202, Bridge.warehouse("POST", "orders/" + id + "/picks", PICK).statusCode());
    }

    private static void management(ModelNode operation, String value) {
        if (value != null) {
            operation.get("value").set(value);
        }
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1",
                9990 + Http.PORT_OFFSET)) {
            ModelNode response = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(response)) {
                throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(response));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
