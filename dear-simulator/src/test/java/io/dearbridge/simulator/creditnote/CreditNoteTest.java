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

    /** fixtures/creditnote-request.json with this sale's id. */
    private Map<String, Object> request(String taskId, String status, int qty) {
        return map("SaleID", sale.id(), "TaskID", taskId, "CombineAdditionalCharges", false,
                "CreditNoteInvoiceNumber", "INV-01377", "Memo", "RMA-5521", "Status", status,
                "CreditNoteDate", "2025-03-24T00:00:00", "CreditNoteConversionRate", BigDecimal.ONE,
                "Lines", List.of(map("SKU", "STOVE-GAS-01", "Quantity", new BigDecimal(qty), "Price",
                        new BigDecimal("59.95"))),
                "AdditionalCharges", List.of(),
                "Restock", List.of(map("SKU", "STOVE-GAS-01", "Location", "Main Warehouse", "Quantity",
                        new BigDecimal(qty), "RestockLocation", "Main Warehouse: RETURNS")));
    }

    @Test
    void rejectedBeforeTheSaleCountsAsInvoiced() {
        DearResponse r = sim.call("POST", "sale/creditnote", Map.of(), request(CreditNoteService.NEW_TASK,
                "AUTHORISED", 1));
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("Invoice"));
    }

    @Test
    void allZeroTaskIdCreatesANewCreditNoteEachTimeAndAuthorisedRestocksAndFires() {
        shipIt();
        sim.space().webhooks().create(map("Type", "Sale/CreditNoteAuthorised", "ExternalURL", "http://r/c"));
        DearResponse first = sim.call("POST", "sale/creditnote", Map.of(), request(CreditNoteService.NEW_TASK,
                "AUTHORISED", 1));
        assertEquals(200, first.status(), () -> String.valueOf(first.body()));
        DearResponse second = sim.call("POST", "sale/creditnote", Map.of(), request(CreditNoteService.NEW_TASK,
                "DRAFT", 1));
        assertNotEquals(obj(first).get("TaskID"), obj(second).get("TaskID"));
        assertNotEquals(CreditNoteService.NEW_TASK, obj(first).get("TaskID"));
        assertEquals("RESTOCKED", obj(first).get("RestockStatus"));
        assertEquals("NOT RESTOCKED", obj(second).get("RestockStatus"));
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
        String draft = (String) obj(sim.call("POST", "sale/creditnote", Map.of(),
                request(CreditNoteService.NEW_TASK, "DRAFT", 1))).get("TaskID");
        assertEquals(200, sim.call("POST", "sale/creditnote", Map.of(), request(draft, "AUTHORISED", 2)).status());
        assertEquals(400, sim.call("POST", "sale/creditnote", Map.of(), request(draft, "AUTHORISED", 2)).status());
    }

    @Test
    void cannotCreditMoreThanSoldOrWithoutDate() {
        shipIt();
        assertEquals(400, sim.call("POST", "sale/creditnote", Map.of(),
                request(CreditNoteService.NEW_TASK, "AUTHORISED", 4)).status());
        Map<String, Object> noDate = request(CreditNoteService.NEW_TASK, "DRAFT", 1);
        noDate.remove("CreditNoteDate");
        assertEquals(400, sim.call("POST", "sale/creditnote", Map.of(), noDate).status());
    }
}
