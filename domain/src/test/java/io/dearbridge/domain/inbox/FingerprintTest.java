package io.dearbridge.domain.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Instant T0 = Instant.parse("2026-11-27T05:00:10Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private static Fingerprint at(String payload, Instant when) {
        return Fingerprint.of("demo", "Sale/OrderAuthorised", payload, when, MINUTE);
    }

    @Test
    void identicalDeliveriesInOneBucketShareTheKeyAndLaterBucketsDoNot() {
        assertEquals(at("{\"SaleID\":\"a\"}", T0), at("{\"SaleID\":\"a\"}", T0.plusSeconds(40)));
        Fingerprint nextMinute = at("{\"SaleID\":\"a\"}", T0.plusSeconds(60));
        assertEquals(at("{\"SaleID\":\"a\"}", T0).payloadHash(), nextMinute.payloadHash());
        assertNotEquals(at("{\"SaleID\":\"a\"}", T0).dedupeKey(), nextMinute.dedupeKey());
    }

    @Test
    void accountTypeAndBodyEachMakeADifferentEvent() {
        Fingerprint base = at("{\"SaleID\":\"a\"}", T0);
        assertNotEquals(base, at("{\"SaleID\":\"b\"}", T0));
        assertNotEquals(base, Fingerprint.of("other", "Sale/OrderAuthorised", "{\"SaleID\":\"a\"}", T0, MINUTE));
        assertNotEquals(base, Fingerprint.of("demo", "Sale/Voided", "{\"SaleID\":\"a\"}", T0, MINUTE));
    }

    @Test
    void thePreviousKeyIsTheKeyTheSameContentHadOneBucketEarlier() {
        Fingerprint now = at("{\"SaleID\":\"a\"}", T0.plusSeconds(60));
        assertEquals(at("{\"SaleID\":\"a\"}", T0).dedupeKey(), now.previousDedupeKey());
    }

    /** The unique index on the key then grows at its end, so inserts stay on a few cached pages. */
    @Test
    void keysSortByTimeBeforeContent() {
        String early = at("{\"SaleID\":\"zzz\"}", T0).dedupeKey();
        String late = at("{\"SaleID\":\"aaa\"}", T0.plusSeconds(60)).dedupeKey();
        assertTrue(early.compareTo(late) < 0, early + " should sort before " + late);
        assertTrue(early.startsWith(T0.toEpochMilli() / MINUTE.toMillis() + ":"), early);
    }
}
