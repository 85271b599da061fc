package io.dearbridge.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.webhook.EventTypes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The receiver reads a document's identifiers from the fields its event type's definition names. */
class WebhookPayloadTest {

    private static final String SALE = "3F2A9C1E-7B4D-4E8A-9F21-6C0D5A7E1B42";
    private static final String TASK = "9c1e3f2a-4e8a-7b4d-9f21-1b426c0d5a7e";

    private static DocumentRef read(String type, String body) {
        return WebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8))
                .document(EventTypes.definition(type).orElseThrow());
    }

    @Test
    void aSaleEventNamesItsSaleTaskAndNumber() {
        assertEquals(new DocumentRef(DocumentKind.SALE, SALE.toLowerCase(), TASK, "SO-7"), read("Sale/OrderAuthorised",
                "{\"SaleID\": \"" + SALE + "\", \"SaleTaskID\": \"" + TASK + "\", \"SaleOrderNumber\": \"SO-7\"}"));
    }

    @Test
    void aSaleEventMayNameItsNumberTheOlderWay() {
        assertEquals(DocumentRef.sale(null, TASK, "SO-8"),
                read("Sale/ShipmentAuthorised", "{\"SaleTaskID\": \"" + TASK + "\", \"OrderNumber\": \"SO-8\"}"));
    }

    @Test
    void aPurchaseEventNamesItsTaskAndPurchaseOrderNumberNeverASaleField() {
        assertEquals(new DocumentRef(DocumentKind.PURCHASE, null, TASK, "PO-1"), read("Purchase/OrderAuthorised",
                "{\"TaskID\": \"" + TASK + "\", \"PurchaseOrderNumber\": \"PO-1\", \"SaleID\": \"" + SALE + "\"}"));
        assertEquals(new DocumentRef(DocumentKind.PURCHASE, null, TASK, "INV-3"),
                read("Purchase/InvoiceAuthorised", "{\"TaskID\": \"" + TASK + "\", \"InvoiceNumber\": \"INV-3\"}"));
    }

    @Test
    void anIdThatIsNotAGuidNamesNoDocument() {
        DocumentRef read = read("Sale/OrderAuthorised", "{\"SaleID\": \"not-a-guid\", \"SaleTaskID\": 12}");
        assertFalse(read.identified());
    }

    @Test
    void aTypeOfAnotherCategoryHasNoDefinition() {
        assertEquals(java.util.Optional.empty(), EventTypes.definition("Customer/Updated"));
    }
}
