package io.dearbridge.dear.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class WebhookFixturesTest {

    @Test
    void listWithMaskedTokens() {
        WebhookList list = Fixtures.read("webhook-subscription-list.json", WebhookList.class);
        assertEquals(3, list.webhooks().size());
        Webhook first = list.webhooks().get(0);
        assertEquals("0bd90aa9-72f9-4f9c-bb0d-9f7cc406b07a", first.id());
        assertEquals("Sale/OrderAuthorised", first.type());
        assertEquals("Sale order has been authorised", first.name());
        assertTrue(first.active());
        assertEquals("https://wms-bridge.example.com/dear/webhooks/sale-order-authorised", first.externalUrl());
        assertEquals("bearerauth", first.externalAuthorizationType());
        assertEquals("", first.externalBearerToken());
        assertEquals("X-Dear-Event", first.externalHeaders().get(0).key());
        assertEquals("Sale/OrderAuthorised", first.externalHeaders().get(0).value());
        assertFalse(list.webhooks().get(1).active());
    }

    @Test
    void requestRoundTripsAndNeverPrintsTheToken() throws Exception {
        Webhook request = Fixtures.read("webhook-subscription-request.json", Webhook.class);
        assertEquals("3b1f0c9e6d2a4c57a8e4f0d9b7c6a512", request.externalBearerToken());
        assertEquals(2, request.externalHeaders().size());
        assertFalse(request.toString().contains("3b1f0c9e"), request.toString());
        assertFalse(request.externalHeaders().get(1).toString().contains("northwind-au"));

        JsonNode written = DearJson.mapper().readTree(DearJson.write(request.withActive(false)));
        assertFalse(written.has("ID"));
        assertFalse(written.get("IsActive").asBoolean());
        assertEquals("https://wms-bridge.example.com/dear/webhooks/sale-order-authorised", written.get("ExternalURL").asText());
        assertEquals("3b1f0c9e6d2a4c57a8e4f0d9b7c6a512", written.get("ExternalBearerToken").asText());
        assertEquals("X-Bridge-Tenant", written.get("ExternalHeaders").get(1).get("Key").asText());
    }
}
