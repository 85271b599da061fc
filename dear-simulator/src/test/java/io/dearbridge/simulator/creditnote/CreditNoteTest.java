package io.dearbridge.simulator.creditnote;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.sale.SaleInvoice;
import io.dearbridge.simulator.throttle.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private final TestSim sim = new TestSim();
    private final Sale sale = sim.saleWith("STOVE-GAS-01", 3);

    private void shipIt() {
        var a = sim.sim.actions();
        a.pick(sim.space().sales(), sale, Map.of());
        a.pack(sim.space().sales(), sale, Map.of());
        a.ship(sim.space().sales(), sale, Map.of());
    }

    /** Several credit notes are an Advanced Sale feature. */
    private void advanced() {
        synchronized (sale) {
            sale.type(Sale.ADVANCED);
        }
    }

    @Test
    void aSimpleSaleKeepsOneLiveCreditNote() {
        shipIt();
        assertEquals(200, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1)).status());
        DearResponse second = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, second.status());
        assertTrue(exception(second).startsWith("A Simple Sale can have only one credit note."), exception(second));
        assertEquals(1, notes().size(), "the refusal stored nothing");
        sim.sim.actions().voidCreditNote(sim.space().sales(), sale, Map.of());
        assertEquals(200, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1)).status(),
                "a voided note no longer counts");
    }

    @Test
    void withoutAutoInvoiceADearUserAuthorisesTheInvoiceAndItIsAnnounced() {
        sim.space().updateSettings(map("autoInvoice", false));
        Sale own = sim.saleWith("STOVE-GAS-01", 2);
        sim.space().webhooks().create(map("Type", "Sale/InvoiceAuthorised", "ExternalURL", "http://r/i"));
        var a = sim.sim.actions();
        a.pick(sim.space().sales(), own, Map.of());
        a.pack(sim.space().sales(), own, Map.of());
        a.ship(sim.space().sales(), own, Map.of());
        assertEquals(List.of(), obj(sim.get("sale", "ID", own.id())).get("Invoices"), "shipped, not invoiced");
        sim.advance(Duration.ofMinutes(2));
        assertEquals(0, sim.sent.size());
        a.invoice(own, map("status", "AUTHORISED"));
        assertEquals("AUTHORISED", list(obj(sim.get("sale", "ID", own.id())).get("Invoices")).get(0).get("Status"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(1, sim.sent.size());
        assertTrue(sim.sent.get(0).body().contains("\"SaleTaskID\":\"" + own.id() + "\""), sim.sent.get(0).body());
        a.invoice(own, map("status", "PAID"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(1, sim.sent.size(), "already creditable: no second announcement");
    }

    private String invoiceNumber() {
        synchronized (sale) {
            return SaleInvoice.number(sale);
        }
    }

    /** fixtures/creditnote-request.json with this sale's id and invoice number. */
    private Map<String, Object> request(String taskId, String status, int qty) {
        return map("SaleID", sale.id(), "TaskID", taskId, "CombineAdditionalCharges", false,
                "CreditNoteInvoiceNumber", invoiceNumber(), "Memo", "RMA-5521", "Status", status,
                "CreditNoteDate", "2025-03-24T00:00:00", "CreditNoteConversionRate", BigDecimal.ONE,
                "Lines", List.of(map("SKU", "STOVE-GAS-01", "Quantity", new BigDecimal(qty), "Price",
                        new BigDecimal("59.95"), "Total", new BigDecimal("59.95").multiply(new BigDecimal(qty)),
                        "Tax", new BigDecimal("59.95").multiply(new BigDecimal(qty)).multiply(new BigDecimal("0.10"))
                                .setScale(2, java.math.RoundingMode.HALF_UP))),
                "AdditionalCharges", List.of(),
                "Restock", List.of(map("SKU", "STOVE-GAS-01", "Location", "Main Warehouse", "Quantity",
                        new BigDecimal(qty), "RestockLocation", "Main Warehouse: RETURNS")));
    }

    private DearResponse post(Map<String, Object> body) {
        return sim.call("POST", "sale/creditnote", Map.of(), body);
    }

    private List<Map<String, Object>> notes() {
        return list(obj(sim.get("sale/creditnote", "SaleID", sale.id())).get("CreditNotes"));
    }

    @Test
    void rejectedBeforeTheSaleIsInvoiced() {
        DearResponse r = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, r.status());
        assertEquals("Invoice status must be AUTHORISED or PAID to save the credit note. Current status: NOT AVAILABLE",
                exception(r));
        assertEquals(0, notes().size());
    }

    @Test
    void theInvoiceAppearsOnceShippedAndAVoidedInvoiceRefusesCreditNotes() {
        assertEquals(List.of(), obj(sim.get("sale", "ID", sale.id())).get("Invoices"));
        shipIt();
        Map<String, Object> got = obj(sim.get("sale", "ID", sale.id()));
        Map<String, Object> invoice = list(got.get("Invoices")).get(0);
        assertEquals(invoiceNumber(), invoice.get("InvoiceNumber"));
        assertEquals("AUTHORISED", invoice.get("Status"));
        assertEquals("INVOICED", got.get("CombinedInvoiceStatus"));

        sim.sim.actions().invoice(sale, map("status", "VOIDED"));
        DearResponse r = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, r.status());
        assertTrue(exception(r).endsWith("Current status: VOIDED"), exception(r));
        assertEquals(0, notes().size());
        sim.sim.actions().invoice(sale, map("status", "PAID"));
        assertEquals(200, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1)).status());
    }

    @Test
    void theInvoiceNumberIsRequiredAndMustBeTheSales() {
        shipIt();
        Map<String, Object> none = request(CreditNoteService.NEW_TASK, "AUTHORISED", 1);
        none.remove("CreditNoteInvoiceNumber");
        assertEquals("CreditNoteInvoiceNumber is required.", exception(post(none)));
        Map<String, Object> other = request(CreditNoteService.NEW_TASK, "AUTHORISED", 1);
        other.put("CreditNoteInvoiceNumber", "INV-99999");
        assertEquals(400, post(other).status());
        assertEquals(0, notes().size());
    }

    @Test
    void allZeroTaskIdCreatesANewCreditNoteEachTimeAndAuthorisedRestocksAndFires() {
        shipIt();
        advanced();
        sim.space().webhooks().create(map("Type", "Sale/CreditNoteAuthorised", "ExternalURL", "http://r/c"));
        DearResponse first = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(200, first.status(), () -> String.valueOf(first.body()));
        DearResponse second = post(request(CreditNoteService.NEW_TASK, "DRAFT", 1));
        assertNotEquals(obj(first).get("TaskID"), obj(second).get("TaskID"));
        assertNotEquals(CreditNoteService.NEW_TASK, obj(first).get("TaskID"));
        assertEquals("RESTOCKED", obj(first).get("RestockStatus"));
        assertEquals("NOT RESTOCKED", obj(second).get("RestockStatus"));
        assertEquals(invoiceNumber(), obj(first).get("CreditNoteInvoiceNumber"));
        assertEquals("Main Warehouse: RETURNS", list(obj(first).get("Restock")).get(0).get("RestockLocation"));

        Map<String, Object> got = obj(sim.get("sale/creditnote", "SaleID", sale.id()));
        assertEquals(sale.id(), got.get("SaleID"));
        assertEquals(2, list(got.get("CreditNotes")).size());
        assertEquals("CREDITED", obj(sim.get("sale", "ID", sale.id())).get("Status"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(1, sim.sent.size());
        assertTrue(sim.sent.get(0).body().startsWith("{\"SaleID\":"));
    }

    @Test
    void existingTaskIdUpdatesADraftButNotAnAuthorisedNote() {
        shipIt();
        String draft = (String) obj(post(request(CreditNoteService.NEW_TASK, "DRAFT", 1))).get("TaskID");
        assertEquals(200, post(request(draft, "AUTHORISED", 2)).status());
        DearResponse again = post(request(draft, "AUTHORISED", 2));
        assertEquals(400, again.status());
        assertTrue(exception(again).contains("Current status: AUTHORISED"), exception(again));
    }

    @Test
    void cannotCreditMoreThanSoldOrWithoutDate() {
        shipIt();
        assertEquals(400, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 4)).status());
        Map<String, Object> noDate = request(CreditNoteService.NEW_TASK, "DRAFT", 1);
        noDate.remove("CreditNoteDate");
        assertEquals(400, post(noDate).status());
        assertEquals(0, notes().size());
    }

    @Test
    void refusedOnAVoidedSale() {
        shipIt();
        sim.sim.actions().lifecycle().voidSale(sale);
        DearResponse r = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, r.status());
        assertEquals("Sale is voided.", exception(r));
    }

    @Test
    void deleteVoidsOrUndoesOnlyOnAnAdvancedSale() {
        shipIt();
        String task = (String) obj(post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1))).get("TaskID");
        DearResponse simple = sim.call("DELETE", "sale/creditnote", TestSim.q("TaskID", task, "Void", "true"), null);
        assertEquals(400, simple.status());
        assertEquals("AUTHORISED", notes().get(0).get("Status"), "refused: nothing changed");

        assertEquals(200, sim.call("POST", "sale/fulfilment", Map.of(), map("SaleID", sale.id())).status());
        assertEquals(Sale.ADVANCED, obj(sim.get("sale", "ID", sale.id())).get("Type"));
        DearResponse undo = sim.call("DELETE", "sale/creditnote", TestSim.q("TaskID", task, "Void", "false"), null);
        assertEquals(200, undo.status(), () -> String.valueOf(undo.body()));
        assertEquals("DRAFT", list(obj(undo).get("CreditNotes")).get(0).get("Status"));
        assertEquals(sale.id(), obj(undo).get("SaleID"));
        assertEquals(200, post(request(task, "AUTHORISED", 1)).status(), "an undone note can be authorised again");
        DearResponse voided = sim.call("DELETE", "sale/creditnote", TestSim.q("TaskID", task, "Void", "true"), null);
        assertEquals("VOIDED", list(obj(voided).get("CreditNotes")).get(0).get("Status"));
        assertEquals("NOT RESTOCKED", notes().get(0).get("RestockStatus"));
        assertEquals(400, sim.call("DELETE", "sale/creditnote", TestSim.q("TaskID", task, "Void", "true"), null)
                .status(), "already voided");
        assertEquals(200, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 3)).status(),
                "a voided note no longer counts against what may be credited");
    }

    @Test
    void aDearUserVoidsTheNewestNoteOnAnySaleAndNoWebhookFires() {
        shipIt();
        sim.space().webhooks().create(map("Type", "Sale/CreditNoteAuthorised", "ExternalURL", "http://r/c"));
        post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        sim.advance(Duration.ofMinutes(2));
        int sent = sim.sent.size();
        Object before = obj(sim.get("sale", "ID", sale.id())).get("LastModifiedOn");
        sim.advance(Duration.ofSeconds(1));
        sim.sim.actions().voidCreditNote(sim.space().sales(), sale, Map.of());
        assertEquals("VOIDED", notes().get(0).get("Status"));
        assertNotEquals(before, obj(sim.get("sale", "ID", sale.id())).get("LastModifiedOn"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals(sent, sim.sent.size());
    }

    @Test
    void storeFirstFaultKeepsTheNoteThenFailsAfterItsDelay() {
        shipIt();
        advanced();
        sim.space().faults().add(new Fault(1, 500, "POST", "sale/creditnote", false, null, true, 12_000));
        DearResponse r = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(500, r.status());
        assertEquals(List.of(12_000L), sim.slept);
        assertEquals(1, notes().size(), "DEAR kept the note although the caller saw a failure");
        assertEquals(List.of(500), sim.space().calls().since(0).stream()
                .filter(c -> c.method().equals("POST")).map(c -> c.status()).toList(), "logged with the failure");
        assertEquals(200, post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1)).status(), "fault spent");
        assertEquals(2, notes().size(), "a blind retry makes a second note: the all-zero TaskID is not idempotent");
    }

    @Test
    void storeFirstFaultPassesDearsOwnRefusalThrough() {
        sim.space().faults().add(new Fault(1, 500, "POST", "sale/creditnote", false, null, true, 5_000));
        DearResponse r = post(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, r.status(), "not invoiced: refused before anything is stored");
        assertEquals(List.of(), sim.slept);
    }

    @Test
    void theClientsLineTotalsAreCheckedNotRecomputed() {
        shipIt();
        Map<String, Object> body = new java.util.HashMap<>(request(CreditNoteService.NEW_TASK, "AUTHORISED", 2));
        Map<String, Object> line = new java.util.HashMap<>(list(body.get("Lines")).get(0));
        line.put("Total", new BigDecimal("100.00"));
        body.put("Lines", List.of(line));
        DearResponse wrongTotal = post(body);
        assertEquals(400, wrongTotal.status());
        assertTrue(String.valueOf(wrongTotal.body()).contains("must be 119.90"), String.valueOf(wrongTotal.body()));
        line.put("Total", new BigDecimal("119.90"));
        line.put("Tax", new BigDecimal("5.00"));
        assertEquals(400, post(body).status(), "tax that does not fit the tax rule");
        line.remove("Price");
        assertEquals(400, post(body).status(), "no price");
        assertEquals(0, notes().size());
    }

    @Test
    void theNotesTotalsWhenSentMustBeItsLinesSums() {
        shipIt();
        Map<String, Object> body = new java.util.HashMap<>(request(CreditNoteService.NEW_TASK, "AUTHORISED", 2));
        body.put("TotalBeforeTax", new BigDecimal("100.00"));
        DearResponse wrong = post(body);
        assertEquals(400, wrong.status());
        assertTrue(String.valueOf(wrong.body()).contains("TotalBeforeTax must be 119.90"), String.valueOf(wrong.body()));
        assertEquals(0, notes().size());
        body.put("TotalBeforeTax", new BigDecimal("119.90"));
        assertEquals(200, post(body).status(), "right totals, or none sent, are taken");
    }

    @Test
    void restockLinesNeedAKnownLocationAndTheBatchOfABatchTrackedProduct() {
        shipIt();
        Map<String, Object> body = new java.util.HashMap<>(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        Map<String, Object> restock = new java.util.HashMap<>(list(body.get("Restock")).get(0));
        restock.put("RestockLocation", "Returns Cage");
        body.put("Restock", List.of(restock));
        DearResponse unknown = post(body);
        assertEquals(400, unknown.status());
        assertTrue(String.valueOf(unknown.body()).contains("'Returns Cage' not found"), String.valueOf(unknown.body()));

        var room = sim.sim.lifecycle().stockroom(sale);
        room.stock().set("STOVE-GAS-01", room.locations().resolve("Main Warehouse: RETURNS", null, ""), "L-7", null,
                BigDecimal.ZERO);
        restock.put("RestockLocation", "Main Warehouse: RETURNS");
        DearResponse noBatch = post(body);
        assertEquals(400, noBatch.status());
        assertTrue(String.valueOf(noBatch.body()).contains("BatchSN is required"), String.valueOf(noBatch.body()));
        assertEquals(0, notes().size());

        restock.put("BatchSN", "L-7");
        assertEquals(200, post(body).status());
        assertEquals(new BigDecimal("1"), room.stock().toJson().get(0).get("onHand"), "authorised: restocked at once");
    }

    @Test
    void theConversionRateMustBeTheSalesCurrencyRate() {
        shipIt();
        sale.currencyRate(new BigDecimal("1.5"));
        Map<String, Object> body = new java.util.HashMap<>(request(CreditNoteService.NEW_TASK, "AUTHORISED", 1));
        assertEquals(400, post(body).status());
        body.put("CreditNoteConversionRate", new BigDecimal("1.5"));
        assertEquals(200, post(body).status());
        assertEquals(new BigDecimal("1.5"), notes().get(0).get("CreditNoteConversionRate"));
    }
}
