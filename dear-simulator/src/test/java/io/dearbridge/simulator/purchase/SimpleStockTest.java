package io.dearbridge.simulator.purchase;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.line;
import static io.dearbridge.simulator.purchase.PurchaseFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.stock.LocationBook;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleStockTest {

    private static final String BIN_A = "Main Warehouse: A-03-02";
    private static final String BIN_B = "Main Warehouse: B-01-01";

    private final TestSim sim = new TestSim();

    private DearResponse stock(Purchase p, String status, Object... lines) {
        return post(sim, "purchase/stock", map("TaskID", p.id(), "Status", status, "Lines", List.of(lines)));
    }

    @Test
    void draftPerBinThenOneAuthoriseWithCardIdsAndWebhook() {
        sim.space().webhooks().create(map("Type", "Purchase/StockReceivedAuthorised", "ExternalURL", "http://r/sr"));
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10, "STOVE-GAS-01", 4);
        assertEquals(200, stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A), line("STOVE-GAS-01", 4, BIN_A)).status());
        Map<String, Object> bin = map("Date", PurchaseFixtures.DAY, "SKU", "TENT-2P-GRN", "Quantity", 4,
                "LocationID", LocationBook.stableId("bin:Main Warehouse: B-01-01"), "BatchSN", "L2503");
        assertEquals(200, stock(p, "DRAFT", bin).status());
        assertEquals("RECEIVING", obj(sim.get("purchase", "ID", p.id())).get("Status"));
        DearResponse done = stock(p, "AUTHORISED");
        assertEquals(200, done.status());
        List<Map<String, Object>> lines = list(obj(done).get("Lines"));
        assertEquals(3, lines.size());
        assertEquals("AUTHORISED", obj(done).get("Status"));
        lines.forEach(l -> assertNotNull(l.get("CardID")));
        assertEquals(BIN_B, lines.get(2).get("Location"));
        assertEquals("L2503", lines.get(2).get("BatchSN"));
        Map<String, Object> doc = obj(sim.get("purchase", "ID", p.id()));
        assertEquals("RECEIVED", doc.get("Status"));
        sim.advance(Duration.ofMinutes(2));
        assertEquals("{\"TaskID\":\"" + p.id() + "\",\"PurchaseOrderNumber\":\"" + p.orderNumber() + "\"}",
                sim.sent.get(0).body());
    }

    @Test
    void twoPlacesInOnePostAreInvalid() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A), line("TENT-2P-GRN", 4, BIN_B));
        assertEquals(400, r.status());
        assertEquals("Lines is invalid", exception(r));
        assertEquals("NOT AVAILABLE", obj(sim.get("purchase/stock", "TaskID", p.id())).get("Status"));
    }

    @Test
    void dateIsRequired() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        Map<String, Object> noDate = line("TENT-2P-GRN", 6, BIN_A);
        noDate.remove("Date");
        DearResponse r = stock(p, "DRAFT", noDate);
        assertEquals(400, r.status());
        assertEquals("'Date' is required for 'Lines' line", exception(r));
    }

    @Test
    void locationIsRequiredAndABareBinNameIsUnknown() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        assertEquals(400, stock(p, "DRAFT", line("TENT-2P-GRN", 6, null)).status());
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 6, "A-03-02"));
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("was not found in Locations reference book"), exception(r));
    }

    @Test
    void theSameLineAgainIsTheDuplicateError() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        assertEquals(200, stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A)).status());
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A));
        assertEquals(400, r.status());
        assertTrue(exception(r).startsWith("Cannot add duplicate value in stock received lines. (Product:TENT-2P-GRN"),
                exception(r));
        assertEquals(1, list(obj(sim.get("purchase/stock", "TaskID", p.id())).get("Lines")).size());
    }

    @Test
    void linesInOnePayloadMerge() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A), line("TENT-2P-GRN", 3, BIN_A));
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals(1, lines.size());
        assertEquals(0, new BigDecimal("9").compareTo((BigDecimal) lines.get(0).get("Quantity")));
    }

    @Test
    void authorisedOnceThenRefused() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        assertEquals(200, stock(p, "AUTHORISED", line("TENT-2P-GRN", 6, BIN_A)).status());
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 4, BIN_B));
        assertEquals(400, r.status());
        assertTrue(exception(r).contains("Current status: AUTHORISED"), exception(r));
        assertEquals("PARTIALLY RECEIVED", obj(sim.get("purchaseList")).get("PurchaseList") instanceof List<?> l
                ? obj(l.get(0)).get("CombinedReceivingStatus") : null);
    }

    @Test
    void invoiceFirstRefusesStockUntilTheInvoiceIsAuthorised() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "INVOICE", "TENT-2P-GRN", 10);
        DearResponse r = stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A));
        assertEquals(400, r.status());
        assertEquals(PurchaseService.INVOICE_FIRST, exception(r));
        PurchaseFixtures.invoice(sim, p);
        assertEquals(200, stock(p, "AUTHORISED", line("TENT-2P-GRN", 10, BIN_A)).status());
        assertEquals("COMPLETED", obj(sim.get("purchase", "ID", p.id())).get("Status"));
    }

    @Test
    void paidInvoicePassesTheGate() {
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "INVOICE", "TENT-2P-GRN", 10);
        PurchaseFixtures.invoice(sim, p);
        sim.sim.purchases().pay(p, sim.now);
        assertEquals(200, stock(p, "DRAFT", line("TENT-2P-GRN", 6, BIN_A)).status());
    }

    @Test
    void nothingToReceiveOnDraftOrdersDropShipsAndServicePurchases() {
        Purchase draft = sim.sim.purchaseFactory().create(TestSim.ACCOUNT, sim.space().purchases(),
                sim.space().stockroom().locations(), map("authorise", false));
        assertEquals(400, stock(draft, "DRAFT", line(draft.lines().get(0).sku(), 1, BIN_A)).status());
        Purchase drop = sim.sim.purchaseFactory().create(TestSim.ACCOUNT, sim.space().purchases(),
                sim.space().stockroom().locations(), map("dropShip", true));
        assertEquals(400, stock(drop, "DRAFT", line(drop.lines().get(0).sku(), 1, BIN_A)).status());
        assertNotNull(obj(sim.get("purchase", "ID", drop.id())).get("RelatedDropShipSaleTask"));
        Purchase service = sim.sim.purchaseFactory().create(TestSim.ACCOUNT, sim.space().purchases(),
                sim.space().stockroom().locations(), map("type", "Service"));
        assertEquals(400, stock(service, "DRAFT", line(service.lines().get(0).sku(), 1, BIN_A)).status());
        assertEquals(true, obj(sim.get("advanced-purchase", "ID", service.id())).get("IsServiceOnly"));
    }

    @Test
    void putIs405AndAdvancedPurchasesAreRefusedHere() {
        Purchase advanced = PurchaseFixtures.raise(sim, "Advanced", "STOCK", "TENT-2P-GRN", 10);
        DearResponse r = stock(advanced, "DRAFT", line("TENT-2P-GRN", 6, BIN_A));
        assertEquals(400, r.status());
        assertEquals(PurchaseService.DEPRECATED, exception(r));
    }

    @Test
    void receivedStockOfATrackedSkuLandsInTheBin() {
        sim.space().stockroom().stock().set("TENT-2P-GRN", new io.dearbridge.simulator.stock.Place(
                sim.space().stockroom().locations().list().get(0), null), null, null, BigDecimal.ZERO);
        Purchase p = PurchaseFixtures.raise(sim, "Simple", "STOCK", "TENT-2P-GRN", 10);
        stock(p, "AUTHORISED", line("TENT-2P-GRN", 6, BIN_A));
        assertTrue(sim.space().stockroom().stock().toJson().stream().anyMatch(h -> BIN_A.equals(h.get("location"))
                && new BigDecimal("6").compareTo((BigDecimal) h.get("onHand")) == 0));
    }
}
