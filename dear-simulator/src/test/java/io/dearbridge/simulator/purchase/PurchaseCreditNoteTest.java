package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.TestSim.q;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.line;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.stock.Place;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchaseCreditNoteTest {

    private static final String BIN_A = "Main Warehouse: A-03-02";

    private final TestSim sim = new TestSim();

    private Purchase receivedSimple() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        post(sim, "purchase/stock", map("TaskID", p.id(), "Status", "AUTHORISED", "Lines",
                List.of(line("TENT-2P-GRN", 10, BIN_A))));
        return p;
    }

    private String simpleCard(Purchase p) {
        return (String) list(obj(sim.get("purchase/stock", "TaskID", p.id())).get("Lines")).get(0).get("CardID");
    }

    private static Map<String, Object> note(Object... extra) {
        Map<String, Object> body = map("CreditNoteNumber", "RTS-0031", "Status", "AUTHORISED",
                "Lines", List.of(map("SKU", "TENT-2P-GRN", "Quantity", 2, "Price", 41.5, "Account", "630")));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    private static List<Map<String, Object>> unstock(String card, int qty) {
        return List.of(map("CardID", card, "Quantity", qty, "Date", PurchaseFixtures.DAY));
    }

    @Test
    void simpleCreditNoteUnstocksTheReceivedCardAndFires() {
        sim.space().webhooks().create(map("Type", "Purchase/CreditNoteAuthorised", "ExternalURL", "http://r/cn"));
        Purchase p = receivedSimple();
        sim.space().stockroom().stock().set("TENT-2P-GRN", new Place(sim.space().stockroom().locations().list().get(0),
                sim.space().stockroom().locations().list().get(0).bin("A-03-02").orElseThrow()), null, null,
                BigDecimal.TEN);
        PurchaseFixtures.invoice(sim, p);
        String card = simpleCard(p);
        DearResponse r = post(sim, "purchase/creditnote", note("TaskID", p.id(), "Unstock", unstock(card, 2)));
        assertEquals(200, r.status(), String.valueOf(r.body()));
        assertInstanceOf(List.class, obj(r).get("Unstock"));
        assertEquals(card, list(obj(r).get("Unstock")).get(0).get("CardID"));
        Map<String, Object> doc = obj(sim.get("purchase", "ID", p.id()));
        assertEquals("RECEIVED / CREDITED", doc.get("Status"));
        assertInstanceOf(Map.class, obj(doc.get("CreditNote")).get("Unstock"));
        assertEquals(0, new BigDecimal("8").compareTo((BigDecimal) sim.space().stockroom().stock().toJson().get(0)
                .get("onHand")));
        sim.advance(Duration.ofMinutes(2));
        assertEquals("{\"TaskID\":\"" + p.id() + "\",\"PurchaseOrderNumber\":\"" + p.orderNumber() + "\"}",
                sim.sent.get(0).body());
        Map<String, Object> listed = obj(sim.get("purchaseCreditNoteList", "CreditNoteStatus", "AUTHORISED"));
        assertEquals(1, listed.get("Total"));
        assertEquals("RTS-0031", list(listed.get("PurchaseList")).get(0).get("CreditNoteNumber"));
        DearResponse again = post(sim, "purchase/creditnote", note("TaskID", p.id(), "CreditNoteNumber", "RTS-2"));
        assertEquals(400, again.status(), "a simple purchase has one credit note");
    }

    @Test
    void refusedWithoutAnAuthorisedInvoice() {
        Purchase p = receivedSimple();
        DearResponse r = post(sim, "purchase/creditnote", note("TaskID", p.id(), "Unstock", unstock(simpleCard(p), 2)));
        assertEquals(400, r.status());
        assertTrue(exception(r).startsWith("Invoice must be AUTHORISED"), exception(r));
        assertEquals("NOT AVAILABLE", obj(sim.get("purchase/creditnote", "TaskID", p.id())).get("Status"));
    }

    @Test
    void numberAccountAndCardAreRequired() {
        Purchase p = receivedSimple();
        PurchaseFixtures.invoice(sim, p);
        String card = simpleCard(p);
        Map<String, Object> noNumber = note("TaskID", p.id(), "Unstock", unstock(card, 2));
        noNumber.remove("CreditNoteNumber");
        assertEquals("'CreditNoteNumber' is required.", exception(post(sim, "purchase/creditnote", noNumber)));
        Map<String, Object> noAccount = note("TaskID", p.id(), "Unstock", unstock(card, 2), "Lines",
                List.of(map("SKU", "TENT-2P-GRN", "Quantity", 2)));
        assertEquals("'Account' is required for 'Lines' line", exception(post(sim, "purchase/creditnote", noAccount)));
        DearResponse noCard = post(sim, "purchase/creditnote", note("TaskID", p.id(), "Unstock",
                List.of(map("SKU", "TENT-2P-GRN", "Quantity", 2, "Location", BIN_A))));
        assertEquals("'CardID' is required for 'Unstock' line", exception(noCard));
        DearResponse unknown = post(sim, "purchase/creditnote", note("TaskID", p.id(), "Unstock",
                unstock("00000000-0000-0000-0000-0000000000aa", 2)));
        assertEquals(400, unknown.status());
        DearResponse tooMuch = post(sim, "purchase/creditnote", note("TaskID", p.id(), "Unstock", unstock(card, 11)));
        assertEquals(400, tooMuch.status());
        assertTrue(p.creditNotes().isEmpty());
    }

    @Test
    void advancedNotesQuoteThePutAwayCardAndNameTheInvoice() {
        Purchase p = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        sim.sim.purchaseActions().receive(sim.space().purchases(), p, sim.space().stockroom(),
                map("lines", List.of(map("sku", "TENT-2P-GRN", "quantity", 10, "location", BIN_A))));
        PurchaseTask task = p.tasks().get(0);
        sim.sim.purchases().authoriseInvoice(p, task.taskId(), null);
        String stockCard = task.stockLines().get(0).cardId();
        String putAwayCard = task.putAwayLines().get(0).cardId();
        Map<String, Object> base = note("PurchaseID", p.id(), "TaskID", PurchaseJson.EMPTY_GUID,
                "CreditNoteInvoiceNumber", task.invoiceNumber());

        Map<String, Object> noInvoice = new java.util.LinkedHashMap<>(base);
        noInvoice.remove("CreditNoteInvoiceNumber");
        noInvoice.put("Unstock", unstock(putAwayCard, 2));
        assertEquals(400, post(sim, "advanced-purchase/creditnote", noInvoice).status());
        Map<String, Object> wrongCard = new java.util.LinkedHashMap<>(base);
        wrongCard.put("Unstock", unstock(stockCard, 2));
        assertEquals(400, post(sim, "advanced-purchase/creditnote", wrongCard).status());

        Map<String, Object> good = new java.util.LinkedHashMap<>(base);
        good.put("Unstock", unstock(putAwayCard, 2));
        DearResponse r = post(sim, "advanced-purchase/creditnote", good);
        assertEquals(200, r.status(), String.valueOf(r.body()));
        List<Map<String, Object>> notes = list(obj(r).get("CreditNotes"));
        assertEquals(1, notes.size());
        String noteTask = (String) notes.get(0).get("TaskID");
        DearResponse second = post(sim, "advanced-purchase/creditnote", good);
        assertEquals(200, second.status(), "advanced purchases take several credit notes");
        assertEquals(2, list(obj(second).get("CreditNotes")).size());

        assertEquals(200, sim.call("DELETE", "advanced-purchase/creditnote", q("TaskID", noteTask), null).status());
        assertEquals(400, sim.call("DELETE", "advanced-purchase/creditnote", q("TaskID", noteTask), null).status());
    }
}
