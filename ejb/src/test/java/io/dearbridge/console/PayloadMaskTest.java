package io.dearbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayloadMaskTest {

    @Test
    void secretLookingFieldsAreMaskedAndTheRestIsKept() {
        String masked = PayloadMask.mask("{\"SaleID\":\"abc\",\"ApplicationKey\":\"7c2e9f10\",\"webhookSecret\": \"s3cr3t\","
                + "\"Authorization\":\"Bearer xyz\",\"token\":12345,\"nested\":{\"password\":\"hunter2\"}}");
        assertTrue(masked.contains("\"SaleID\":\"abc\""), masked);
        for (String secret : new String[] {"7c2e9f10", "s3cr3t", "Bearer xyz", "12345", "hunter2"}) {
            assertFalse(masked.contains(secret), secret + " leaked: " + masked);
        }
        assertEquals(5, masked.split("\\*\\*\\*\\*", -1).length - 1, masked);
    }

    @Test
    void escapedQuotesInASecretDoNotLeakItsTail() {
        String masked = PayloadMask.mask("{\"apiKey\":\"ab\\\"cd\",\"x\":1}");
        assertEquals("{\"apiKey\":\"****\",\"x\":1}", masked);
    }

    @Test
    void nothingToMaskLeavesThePayloadAsItWas() {
        String payload = "{\"orderId\":1,\"saleId\":\"080ca268\"}";
        assertEquals(payload, PayloadMask.mask(payload));
    }
}
