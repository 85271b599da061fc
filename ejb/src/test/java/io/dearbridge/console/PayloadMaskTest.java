package io.dearbridge.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
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

    @Test
    void aMebibytePayloadMasksInUnder100Milliseconds() {
        // Many fields, secrets among them, as a big sale's JSON: the old pattern took about 1 s for 48 k characters.
        StringBuilder json = new StringBuilder("{\"Lines\":[");
        while (json.length() < 1024 * 1024) {
            json.append("{\"ProductID\":\"080ca268-1d1c\",\"Name\":\"Tent \\\"2 person\\\"\",\"Quantity\":2,")
                    .append("\"apiKey\":\"k3y\",\"Comment\":\"\"},");
        }
        // A long free-text field full of secret-looking words: the shape that made the old pattern quadratic (it
        // tried every "key" inside the string as the end of a field name).
        json.append("{}],\"Note\":\"").append("monkey token passkey ".repeat(16 * 1024)).append("\"}");
        assertUnder100Ms(json.toString());
        String masked = PayloadMask.mask(json.toString());
        assertFalse(masked.contains("k3y"), "a key leaked");
        assertTrue(masked.contains("\"apiKey\":\"****\""));
    }

    @Test
    void aMebibyteOfTextThatIsNotJsonMasksInUnder100Milliseconds() {
        // Unclosed quotes and key-looking words without values: the shapes that made the old pattern backtrack.
        String text = "\"token\" \"secret".repeat(1024 * 1024 / 15 + 1) + "\"password\": hunter2";
        assertUnder100Ms(text);
        assertFalse(PayloadMask.mask("x \"password\": hunter2 y").contains("hunter2"));
    }

    /**
     * The thread's CPU time, best of five runs after a warm-up: on the shared build machine (load 30 on 2 cores) the
     * wall clock measures the neighbours. The old pattern took 0.4 to 0.7 s a run (and grows with the square of the
     * length).
     */
    private static void assertUnder100Ms(String payload) {
        assertTrue(payload.length() >= 1024 * 1024, "payload of " + payload.length());
        // The old pattern would run for minutes: stop it rather than hang the build.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> measure(payload));
    }

    private static void measure(String payload) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        PayloadMask.mask(payload);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = threads.getCurrentThreadCpuTime();
            PayloadMask.mask(payload);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        long millis = best / 1_000_000;
        assertTrue(millis < 100, "masking " + payload.length() + " characters took " + millis + " ms");
    }
}
