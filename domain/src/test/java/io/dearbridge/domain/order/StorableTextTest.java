package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    private static final String LONG = "x".repeat(10_000);

    @Test
    void aValueThatFitsIsKeptAndNulIsRemoved() {
        assertNull(StorableText.fit(null, 10));
        assertEquals("", StorableText.fit("", 10));
        assertEquals("ab\tc", StorableText.fit("a\0b\tc", 10));
    }

    @Test
    void aLongValueIsCutToItsColumnWithAVisibleMarker() {
        String cut = StorableText.fit(LONG, 256);
        assertEquals(256, cut.length());
        assertTrue(cut.endsWith(StorableText.CUT));
        assertEquals(cut, StorableText.fit(cut, 256), "fitting twice changes nothing");
    }

    @Test
    void aCutNeverSplitsACharacterBeyondTheBasicPlane() {
        String emoji = "\uD83D\uDE9A".repeat(200);
        for (int max = 20; max < 30; max++) {
            String cut = StorableText.fit(emoji, max);
            String kept = cut.substring(0, cut.length() - StorableText.CUT.length());
            assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "no lone high surrogate at " + max);
            assertTrue(cut.length() <= max);
        }
    }

    @Test
    void aSnapshotKeepsFreeTextWholeAndCutsTheRest() {
        SaleSnapshot.Address address = new SaleSnapshot.Address(LONG, LONG, LONG, LONG, LONG, LONG, LONG, LONG, LONG,
                LONG);
        SaleSnapshot dear = new SaleSnapshot("sale-1", LONG, "ORDERED", "AUTHORISED", "Simple Sale", LONG, LONG, "",
                Instant.parse("2026-12-01T10:00:00Z"), address, LONG + "\0", LONG, LONG,
                List.of(new SaleSnapshot.Line("p", LONG, LONG, BigDecimal.ONE, BigDecimal.ZERO, LONG, false)),
                List.of(), new SaleSnapshot.Details(LONG, LONG, null, false, LONG));

        SaleSnapshot fitted = StorableText.fit(dear);

        assertEquals(LONG, fitted.shippingNotes());
        assertEquals(LONG, fitted.trackingNumbers());
        assertEquals(LONG, fitted.shippingAddress().line1());
        assertEquals(LONG, fitted.shippingAddress().displayLine2());
        assertEquals(LONG, fitted.lines().get(0).name());
        assertEquals(LONG, fitted.lines().get(0).comment());
        assertEquals(256, fitted.saleOrderNumber().length());
        assertEquals(256, fitted.customer().length());
        assertEquals("", fitted.customerReference());
        assertEquals(64, fitted.shippingAddress().postcode().length());
        assertEquals(128, fitted.shippingAddress().country().length());
        assertEquals(100, fitted.lines().get(0).sku().length());
        assertEquals(40, fitted.details().paymentStatus().length());
        assertEquals(fitted, StorableText.fit(fitted));

        WarehouseOrder order = WarehouseOrder.importSale("acme", dear, "test", Instant.now());
        assertEquals(LONG, order.shippingNotes());
        assertTrue(order.customer().endsWith(StorableText.CUT));
        assertEquals(WarehouseOrder.Applied.UNCHANGED, order.apply(dear, "again", Instant.now()),
                "a stored cut value equals the same DEAR value fitted again");
    }
}
