package io.dearbridge.web.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dearbridge.domain.inbox.DocumentKind;
import io.dearbridge.domain.inbox.DocumentRef;
import io.dearbridge.webhook.EventTypes;
import jakarta.json.Json;
import java.io.StringReader;
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

    private static WebhookPayload parse(String body) {
        return WebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    /** What is stored and hashed must stay what the JSON-P tree wrote, or identical deliveries across a deploy differ. */
    @Test
    void theCompactFormIsTheOneTheTreeWrote() {
        for (String body : new String[] {
                "{ \"SaleID\" : \"" + SALE + "\",\n \"n\": 1.50, \"e\": 1e2, \"big\": 123456789012345678901234567890,"
                        + " \"neg\": -0.0, \"t\": true, \"f\": false, \"z\": null, \"s\": \"caf\u00e9 \\\" \\\\ \\u0001 \\/\","
                        + " \"o\": {\"a\": [1, {\"b\": []}, \"x\"]}, \"a\": [] }",
                "[1, 2, {\"SaleID\": \"x\"}]", "\"just a string\"", "42", "  null  ", "{}"}) {
            String tree = Json.createReader(new StringReader(body)).readValue().toString();
            assertEquals(tree, parse(body).compact(), body);
        }
    }

    @Test
    void onlyTopLevelStringsOfAnObjectNameTheDocument() {
        assertNull(parse("{\"o\": {\"SaleID\": \"" + SALE + "\"}}").guid("SaleID"));
        assertNull(parse("[{\"SaleID\": \"" + SALE + "\"}]").guid("SaleID"));
        assertNull(parse("{\"SaleOrderNumber\": 7}").text("SaleOrderNumber"));
        assertEquals("SO-2", parse("{\"o\": {\"SaleOrderNumber\": \"SO-1\"}, \"SaleOrderNumber\": \"SO-2\"}")
                .text("SaleOrderNumber"));
    }

    /** As the tree did: the last value of a repeated key counts, whatever its type. */
    @Test
    void aRepeatedKeyCountsWithItsLastValue() {
        assertEquals("SO-2", parse("{\"SaleOrderNumber\": \"SO-1\", \"SaleOrderNumber\": \"SO-2\"}").text("SaleOrderNumber"));
        assertNull(parse("{\"SaleOrderNumber\": \"SO-1\", \"SaleOrderNumber\": {\"x\": \"y\"}}").text("SaleOrderNumber"));
        assertNull(parse("{\"SaleOrderNumber\": \"SO-1\", \"SaleOrderNumber\": [\"SO-3\"]}").text("SaleOrderNumber"));
    }

    @Test
    void whatIsNotOneJsonValueIsABadRequest() {
        for (String body : new String[] {"", "   ", "{", "{\"a\": }", "{} {}", "{\"a\": 1} x", "[1,]", "nope", "{\"a\" 1}"}) {
            assertThrows(IllegalArgumentException.class, () -> WebhookPayload.read(body.getBytes(StandardCharsets.UTF_8)), body);
        }
    }
}
