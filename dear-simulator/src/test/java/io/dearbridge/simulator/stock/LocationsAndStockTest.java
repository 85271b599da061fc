package io.dearbridge.simulator.stock;

import static io.dearbridge.simulator.TestSim.exception;
import static io.dearbridge.simulator.TestSim.list;
import static io.dearbridge.simulator.TestSim.map;
import static io.dearbridge.simulator.TestSim.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.simulator.TestSim;
import io.dearbridge.simulator.api.DearResponse;
import io.dearbridge.simulator.control.ControlApi;
import io.dearbridge.simulator.sale.Sale;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DEAR moves stock only from its own locations and bins (docs/dear-api.md §4.3), and only what is there. */
class LocationsAndStockTest {

    private final TestSim sim = new TestSim();
    private final ControlApi control = new ControlApi(sim.sim);
    private final Sale sale = sim.saleWith("TENT-2P-GRN", 2, "STOVE-GAS-01", 3);
    private final String task = sale.fulfilments().get(0).taskId();

    private DearResponse pick(String status, Map<String, Object>... lines) {
        return sim.call("POST", "sale/fulfilment/pick", Map.of(), map("TaskID", task, "Status", status,
                "Lines", List.of(lines)));
    }

    private static Map<String, Object> line(String sku, int qty, String location) {
        return map("SKU", sku, "Quantity", qty, "Location", location);
    }

    @Test
    void aPickFromAPlaceDearDoesNotKnowIsRefused() {
        DearResponse bareBin = pick("DRAFT", line("TENT-2P-GRN", 1, "A-03-02"));
        assertEquals(400, bareBin.status());
        assertEquals("Line 1: Location 'A-03-02' not found.", exception(bareBin));
        assertEquals(400, pick("DRAFT", line("TENT-2P-GRN", 1, "Main Warehouse: Z-99")).status(), "unknown bin");
        assertEquals(400, pick("DRAFT", line("TENT-2P-GRN", 1, "Other Warehouse")).status(), "unknown location");
        assertEquals(400, pick("DRAFT", map("SKU", "TENT-2P-GRN", "Quantity", 1,
                "LocationID", "00000000-1111-2222-3333-444444444444")).status(), "unknown LocationID");
        assertEquals(400, pick("DRAFT", map("SKU", "TENT-2P-GRN", "Quantity", 1,
                "LocationID", LocationBook.stableId("bin:Main Warehouse: A-03-02"))).status(), "bin GUID");
    }

    @Test
    void aKnownBinOrLocationIdIsStoredAsDearSpellsIt() {
        DearResponse r = pick("DRAFT", line("TENT-2P-GRN", 1, "main warehouse:a-03-02"),
                map("SKU", "STOVE-GAS-01", "Quantity", 1, "LocationID", LocationBook.MAIN_WAREHOUSE_ID));
        assertEquals(200, r.status(), () -> exception(r));
        List<Map<String, Object>> lines = list(obj(r).get("Lines"));
        assertEquals("Main Warehouse: A-03-02", lines.get(0).get("Location"));
        assertEquals(LocationBook.MAIN_WAREHOUSE_ID, lines.get(0).get("LocationID"));
        assertEquals("Main Warehouse", lines.get(1).get("Location"));
    }

    @Test
    void locationAndLocationIdMustAgreeAndDeprecatedPlacesAreRefused() {
        control.replaceLocations(TestSim.ACCOUNT, map("locations", List.of(
                map("name", "Main Warehouse", "id", LocationBook.MAIN_WAREHOUSE_ID,
                        "bins", List.of("A-03-02", map("name", "OLD-1", "deprecated", true))),
                map("name", "Sydney Store", "deprecated", true))));
        assertEquals(400, pick("DRAFT", map("SKU", "TENT-2P-GRN", "Quantity", 1, "Location", "Main Warehouse",
                "LocationID", LocationBook.stableId("location:Sydney Store"))).status());
        assertEquals(400, pick("DRAFT", line("TENT-2P-GRN", 1, "Main Warehouse: OLD-1")).status());
        assertEquals(400, pick("DRAFT", line("TENT-2P-GRN", 1, "Sydney Store")).status());
        assertEquals(200, pick("DRAFT", line("TENT-2P-GRN", 1, "Main Warehouse: A-03-02")).status());
    }

    @Test
    void refLocationListsTheAccountsLocationsWithTheirBins() {
        Map<String, Object> page = obj(sim.get("ref/location", "Name", "Main"));
        assertEquals(1, page.get("Total"));
        Map<String, Object> main = list(page.get("LocationList")).get(0);
        assertEquals(LocationBook.MAIN_WAREHOUSE_ID, main.get("ID"));
        assertTrue(list(main.get("Bins")).stream().anyMatch(b -> "A-03-02".equals(b.get("Name"))));
    }

    @Test
    void aSaleEnteredForANewLocationAddsIt() {
        Sale other = sim.newSale(map("location", "Brisbane DC", "lines", List.of(map("sku", "LAMP-HD-300"))));
        String t = other.fulfilments().get(0).taskId();
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(), map("TaskID", t, "Status", "AUTHORISED",
                "Lines", List.of(line("LAMP-HD-300", 1, "Brisbane DC"))));
        assertEquals(200, r.status(), () -> exception(r));
        assertEquals(other.locationId(), list(obj(r).get("Lines")).get(0).get("LocationID"));
    }

    @Test
    void stockedSkusArePickedOnlyWhereAndInTheBatchTheyLie() {
        control.setStock(TestSim.ACCOUNT, map("lines", List.of(
                map("sku", "STOVE-GAS-01", "location", "Main Warehouse: B-01-01", "batch", "LOT-1",
                        "expiry", "2027-11-30T00:00:00", "quantity", 2),
                map("sku", "STOVE-GAS-01", "location", "Main Warehouse: A-03-02", "batch", "LOT-2", "quantity", 5))));
        DearResponse noBatch = pick("AUTHORISED", line("STOVE-GAS-01", 1, "Main Warehouse: B-01-01"));
        assertEquals(400, noBatch.status());
        assertTrue(exception(noBatch).contains("BatchSN is required"));
        Map<String, Object> tooMany = line("STOVE-GAS-01", 3, "Main Warehouse: B-01-01");
        tooMany.put("BatchSN", "LOT-1");
        assertEquals(400, pick("AUTHORISED", tooMany).status(), "only 2 in that bin and batch");
        Map<String, Object> wrongBin = line("STOVE-GAS-01", 1, "Main Warehouse: A-03-02");
        wrongBin.put("BatchSN", "LOT-1");
        assertEquals(400, pick("AUTHORISED", wrongBin).status(), "LOT-1 is not in A-03-02");
        Map<String, Object> ok = line("STOVE-GAS-01", 2, "Main Warehouse: B-01-01");
        ok.put("BatchSN", "LOT-1");
        assertEquals(200, pick("AUTHORISED", ok, line("TENT-2P-GRN", 2, "Main Warehouse")).status());
        assertEquals(0, onHand("Main Warehouse: B-01-01", "LOT-1").signum(), "an authorised pick takes the stock");
        sim.sim.lifecycle().undo(sale);
        assertEquals(new BigDecimal("2"), onHand("Main Warehouse: B-01-01", "LOT-1"), "undo puts it back");
    }

    @Test
    void autopickTakesStockFromTheSalesLocationEarliestExpiryFirst() {
        control.setStock(TestSim.ACCOUNT, map("lines", List.of(
                map("sku", "STOVE-GAS-01", "location", "Main Warehouse: B-01-01", "batch", "LOT-LATE",
                        "expiry", "2028-01-01T00:00:00", "quantity", 5),
                map("sku", "STOVE-GAS-01", "location", "Main Warehouse: A-03-02", "batch", "LOT-EARLY",
                        "expiry", "2027-01-01T00:00:00", "quantity", 1))));
        DearResponse r = sim.call("POST", "sale/fulfilment/pick", Map.of(),
                map("TaskID", task, "AutoPickMode", "AUTOPICK"));
        assertEquals(200, r.status(), () -> exception(r));
        List<Map<String, Object>> stoves = list(obj(r).get("Lines")).stream()
                .filter(l -> "STOVE-GAS-01".equals(l.get("SKU"))).toList();
        assertEquals("LOT-EARLY", stoves.get(0).get("BatchSN"));
        assertEquals("Main Warehouse: A-03-02", stoves.get(0).get("Location"));
        assertEquals("LOT-LATE", stoves.get(1).get("BatchSN"));
        assertEquals(0, new BigDecimal("2").compareTo((BigDecimal) stoves.get(1).get("Quantity")));
    }

    @Test
    void thePackMovesWhatThePickTookFromWhereItTookIt() {
        assertEquals(200, pick("AUTHORISED", line("TENT-2P-GRN", 2, "Main Warehouse: A-03-02")).status());
        Map<String, Object> elsewhere = line("TENT-2P-GRN", 2, "Main Warehouse: B-01-01");
        elsewhere.put("Box", "CTN-1");
        DearResponse r = sim.call("POST", "sale/fulfilment/pack", Map.of(), map("TaskID", task, "Status",
                "AUTHORISED", "Lines", List.of(elsewhere)));
        assertEquals(400, r.status());
        elsewhere.put("Location", "Main Warehouse: A-03-02");
        assertEquals(200, sim.call("POST", "sale/fulfilment/pack", Map.of(), map("TaskID", task, "Status",
                "AUTHORISED", "Lines", List.of(elsewhere))).status());
    }

    private BigDecimal onHand(String place, String batch) {
        return list(obj(control.stock(TestSim.ACCOUNT)).get("stock")).stream()
                .filter(s -> place.equals(s.get("location")) && batch.equals(s.get("batch")))
                .map(s -> (BigDecimal) s.get("onHand")).findFirst().orElseThrow();
    }
}
