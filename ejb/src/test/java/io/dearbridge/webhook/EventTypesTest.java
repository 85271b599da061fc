package io.dearbridge.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dearbridge.domain.inbox.DocumentKind;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void paymentEventsAreSubscribedOnlyByAnAccountThatShipsOncePaid() {
        assertFalse(EventTypes.subscribedBy(false).contains(EventTypes.FULL_PAYMENT));
        assertFalse(EventTypes.subscribedBy(false).contains(EventTypes.PARTIAL_PAYMENT));
        assertTrue(EventTypes.subscribedBy(true).containsAll(EventTypes.HANDLED));
        assertTrue(EventTypes.subscribedBy(true).contains(EventTypes.FULL_PAYMENT));
        assertTrue(EventTypes.subscribedBy(true).contains(EventTypes.PARTIAL_PAYMENT));
        assertEquals(EventTypes.HANDLED.size() + 2, EventTypes.subscribedBy(true).size());
    }

    @Test
    void aPaymentEventIsAboutASaleAndAddressedBySaleId() {
        assertEquals(DocumentKind.SALE, EventTypes.definition(EventTypes.FULL_PAYMENT).orElseThrow().kind());
        assertEquals(DocumentKind.SALE, EventTypes.definition(EventTypes.PARTIAL_PAYMENT).orElseThrow().kind());
        assertEquals("SaleID", EventTypes.definition(EventTypes.FULL_PAYMENT).orElseThrow().idField());
    }
}
