package io.dearbridge.it.receiving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.it.Deployments;
import io.dearbridge.it.ItDatabase;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Goods sent back to the supplier (issue 24 part 3, docs/receiving.md "Warehouse to DEAR"): one purchase credit note,
 * raised only once the invoice is authorised (until then the return waits, not failed), whose Unstock lines quote the
 * CardIDs of the stock the arrival put away.
 */
@ExtendWith(ArquillianExtension.class)
class SupplierReturnIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.bridgeEar();
    }

    @BeforeEach
    void subscribed() {
        Arrivals.calm();
        Arrivals.awaitSubscribed("Purchase/OrderAuthorised");
        Arrivals.awaitSubscribed("Purchase/InvoiceAuthorised");
    }

    @AfterEach
    void calm() {
        Arrivals.calm();
    }

    @Test
    void aSupplierReturnIsOnePurchaseCreditNoteWhoseUnstockQuotesTheReceivedCards() {
        JsonObject po = Arrivals.raise("{\"type\": \"Advanced\", \"approach\": \"STOCK\", \"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 10}]}");
        long receipt = Arrivals.receiptOf(po);
        long arrival = Arrivals.id(Arrivals.post(receipt, "arrivals", "{\"lines\": ["
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 6, \"location\": \"A-03-02\"},"
                + "{\"sku\": \"TENT-2P-GRN\", \"quantity\": 4, \"location\": \"B-01-01\"}]}"));
        Arrivals.awaitStatus("receipt_arrival", arrival, "IN_DEAR");

        // Stock first and no invoice yet: DEAR would refuse the note, so the return waits.
        long back = Arrivals.id(Arrivals.post(receipt, "supplier-returns", "{\"lines\": [{\"sku\": \"TENT-2P-GRN\","
                + " \"quantity\": 7, \"reason\": \"torn fly sheets\"}]}"));
        Arrivals.awaitStatus("receipt_return", back, "WAITING_INVOICE");
        assertEquals(0, Arrivals.calls("POST", "advanced-purchase/creditnote"));

        Arrivals.act(po.getString("id"), "invoice", null);
        Arrivals.awaitStatus("receipt_return", back, "CREDITED");

        JsonObject doc = Arrivals.document(po.getString("id"), true);
        List<JsonObject> notes = doc.getJsonArray("CreditNote").getValuesAs(JsonObject.class);
        assertEquals(1, notes.size(), "exactly one credit note: " + notes);
        JsonObject note = notes.get(0);
        assertEquals("AUTHORISED", note.getString("Status"));
        assertEquals(ItDatabase.query("SELECT reference FROM receipt_return WHERE id = ?", r -> r.getString(1), back)
                .get(0), note.getString("CreditNoteNumber"));
        Set<String> putAwayCards = doc.getJsonArray("PutAway").getValuesAs(JsonObject.class).stream()
                .flatMap(t -> t.getJsonArray("Lines").getValuesAs(JsonObject.class).stream())
                .map(l -> l.getString("CardID").toLowerCase()).collect(Collectors.toSet());
        List<JsonObject> unstock = note.getJsonArray("Unstock").getValuesAs(JsonObject.class);
        assertTrue(!unstock.isEmpty());
        unstock.forEach(u -> assertTrue(putAwayCards.contains(u.getString("CardID").toLowerCase()),
                "Unstock quotes a put-away card: " + u + " of " + putAwayCards));
        assertEquals(0, new BigDecimal("7").compareTo(unstock.stream().map(u -> u.getJsonNumber("Quantity")
                .bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(1, Arrivals.calls("POST", "advanced-purchase/creditnote"), "written once");
    }
}
