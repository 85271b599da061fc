package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The rules where DEAR is stricter than a kind simulator (issue 15), one per test. */
class DearFidelityTest {

    private static final Instant T0 = Instant.parse("2026-03-10T23:41:07.513Z");
    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
    private static final ShipmentDetails POST = new ShipmentDetails("StarTrack", "ST1", null, LocalDate.parse("2026-03-11"));
    private static final LocationMap MAP = LocationMap.parse(
            "A-03-02=Main Warehouse: A-03-02, DOCK=Main Warehouse|19aeca31-bd49-4fbe-8abd-37a6169cc2cb");

    private static SaleSnapshot sale(Instant at, String orderStatus, String type, List<SaleSnapshot.Line> lines,
                                     SaleSnapshot.Fulfilment... fulfilments) {
        return new SaleSnapshot("sale-1", "SO-1", "ORDERED", orderStatus, type, "Main Warehouse", "Northwind", null,
                at, new SaleSnapshot.Address("Unit 4", null, "Port Melbourne", "VIC", "3207", "Australia", null, null),
                "Dock B", null, null, lines, List.of(fulfilments),
                new SaleSnapshot.Details("+61 3 9012 3456", "orders@northwind.example", LocalDate.parse("2026-03-14"),
                        false));
    }

    private static List<SaleSnapshot.Line> twoLines() {
        return List.of(new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal("2"), BigDecimal.ZERO),
                new SaleSnapshot.Line("p-2", "STOVE", "Stove", new BigDecimal("3"), BigDecimal.ZERO));
    }

    private static SaleSnapshot.Fulfilment open(String task, int number) {
        return new SaleSnapshot.Fulfilment(task, number, "NOT FULFILLED", "NOT AVAILABLE", "NOT AVAILABLE",
                "NOT AVAILABLE", List.of());
    }

    private static SaleSnapshot.Fulfilment stages(String task, int number, String status, String stage) {
        return new SaleSnapshot.Fulfilment(task, number, status, stage, stage, stage, List.of());
    }

    private static WarehouseOrder order() {
        return WarehouseOrder.importSale("demo", sale(T0, "AUTHORISED", "Simple Sale", twoLines(), open("task-1", 1)),
                "test", T0);
    }

    private static StageLine line(String sku, String qty, String location) {
        return new StageLine(sku, new BigDecimal(qty), location, null, null, null);
    }

    @Test
    void aWarehouseLocationIsSentAsTheDearPlaceItMapsTo() {
        FulfilmentDesk desk = new FulfilmentDesk(order(), MAP);
        Recorded pick = desk.pick(List.of(line("TENT", "2", "a-03-02"), line("STOVE", "3", "DOCK")), "wh", NOW);
        List<StageLine> lines = pick.records().get(0).lines();
        assertEquals("a-03-02", lines.get(0).location(), "the warehouse's own word is kept");
        assertEquals("Main Warehouse: A-03-02", lines.get(0).dearLocation());
        assertEquals("Main Warehouse", lines.get(1).dearLocation());
        assertEquals("19aeca31-bd49-4fbe-8abd-37a6169cc2cb", lines.get(1).dearLocationId());
        Recorded pack = desk.pack(List.of(new StageLine("TENT", new BigDecimal("2"), null, null, null, "B1"),
                new StageLine("STOVE", new BigDecimal("3"), null, null, null, "B1")), "wh", NOW);
        assertEquals("Main Warehouse: A-03-02", pack.records().get(0).lines().get(0).dearLocation(),
                "the pack goes to DEAR from where the pick went");
    }

    @Test
    void anUnknownWarehouseLocationIsRefusedBeforeAnythingIsRecorded() {
        WarehouseOrder order = order();
        FulfilmentDesk desk = new FulfilmentDesk(order, MAP);
        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class,
                () -> desk.pick(List.of(line("TENT", "2", "A-03-02"), line("STOVE", "1", "Z-99")), "wh", NOW));
        assertEquals(FulfilmentRejected.Reason.INVALID, refused.reason());
        assertTrue(refused.getMessage().contains("lines[1].location 'Z-99' is not a location of account demo"),
                refused.getMessage());
        assertTrue(order.fulfilments().get(0).record(Stage.PICK).isEmpty(), "nothing recorded");
        assertEquals("Main Warehouse: A-03-02", MAP.resolve("Main Warehouse: A-03-02", "x").orElseThrow().name(),
                "DEAR's own spelling of a mapped place is accepted");
    }

    @Test
    void withoutAMapEveryLineGoesToDearFromTheSalesLocation() {
        Recorded pick = new FulfilmentDesk(order()).pick(List.of(line("TENT", "2", "A-03-02")), "wh", NOW);
        assertEquals("Main Warehouse", pick.records().get(0).lines().get(0).dearLocation());
        assertThrows(IllegalArgumentException.class, () -> LocationMap.parse("A-1"));
    }

    @Test
    void aPackFromAPlaceTheSkuWasNotPickedFromIsRefused() {
        FulfilmentDesk desk = new FulfilmentDesk(order(), MAP);
        desk.pick(List.of(line("TENT", "2", "A-03-02")), "wh", NOW);
        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class, () -> desk.pack(List.of(
                new StageLine("TENT", new BigDecimal("2"), "DOCK", null, null, "B1")), "wh", NOW));
        assertTrue(refused.getMessage().contains("was not picked there"), refused.getMessage());
    }

    @Test
    void aFulfilmentDearVoidedTakesNoPickAndItsPicksNoLongerCount() {
        WarehouseOrder order = order();
        FulfilmentDesk desk = new FulfilmentDesk(order);
        desk.pick(List.of(line("TENT", "2", "A")), "wh", NOW);
        order.apply(sale(T0.plusSeconds(5), "AUTHORISED", "Advanced Sale", twoLines(),
                stages("task-1", 1, "NOT FULFILLED", "AUTHORISED"), open("task-2", 2)), "t", NOW);
        order.apply(sale(T0.plusSeconds(9), "AUTHORISED", "Advanced Sale", twoLines(),
                stages("task-1", 1, "NOT FULFILLED", "AUTHORISED"),
                stages("task-2", 2, "NOT FULFILLED", "VOIDED")), "t", NOW);
        assertTrue(order.fulfilment("task-2").orElseThrow().dropped(), "every stage VOIDED: the vendor's shape");
        Recorded next = desk.pick(List.of(line("STOVE", "3", "A")), "wh", NOW);
        assertTrue(next.createsFulfilment(), "the voided fulfilment does not receive the next pick");
        assertEquals(3, next.fulfilment().number());
    }

    @Test
    void aVoidedFulfilmentDoesNotKeepTheOrderPartiallyShipped() {
        WarehouseOrder order = order();
        SaleSnapshot.Fulfilment shipped = new SaleSnapshot.Fulfilment("task-1", 1, "FULFILLED", "AUTHORISED",
                "AUTHORISED", "AUTHORISED", List.of());
        order.apply(sale(T0.plusSeconds(5), "AUTHORISED", "Advanced Sale", twoLines(), shipped,
                open("task-2", 2)), "t", NOW);
        assertEquals(OrderStatus.PARTIALLY_SHIPPED, order.status());
        order.apply(sale(T0.plusSeconds(9), "AUTHORISED", "Advanced Sale", twoLines(), shipped,
                stages("task-2", 2, "NOT FULFILLED", "VOIDED")), "t", NOW);
        assertEquals(OrderStatus.SHIPPED, order.status());
    }

    @Test
    void aFulfilmentThatVanishedAfterUndoIsDroppedAndItsPicksReturnToWhatRemains() {
        WarehouseOrder order = order();
        FulfilmentDesk desk = new FulfilmentDesk(order);
        desk.pick(List.of(line("TENT", "2", "A")), "wh", NOW);
        order.apply(sale(T0.plusSeconds(5), "DRAFT", "Simple Sale", twoLines()), "Sale/Undo", NOW);
        assertEquals(OrderStatus.ON_HOLD, order.status());
        assertFalse(order.fulfilment("task-1").orElseThrow().dropped(), "an undone sale lists nothing: wait");
        List<SaleSnapshot.Line> changed = List.of(new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal("4"),
                BigDecimal.ZERO));
        order.apply(sale(T0.plusSeconds(9), "AUTHORISED", "Simple Sale", changed, open("task-9", 1)),
                "Sale/OrderAuthorised", NOW);
        assertTrue(order.fulfilment("task-1").orElseThrow().dropped());
        assertEquals(Map.of("TENT", new BigDecimal("4")), desk.remaining());
        assertEquals("task-9", desk.pick(List.of(line("TENT", "4", "A")), "wh", NOW).fulfilment().taskId());
    }

    @Test
    void anOrderAuthorisedWithoutAllocationWaitsAndIsNotOfferedForPicking() {
        WarehouseOrder order = WarehouseOrder.importSale("demo", sale(T0, "AUTH_NO_ALLOC", "Simple Sale", twoLines(),
                open("task-1", 1)), "t", T0);
        assertEquals(OrderStatus.WAITING, order.status());
        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class,
                () -> new FulfilmentDesk(order).pick(List.of(line("TENT", "1", "A")), "wh", NOW));
        assertEquals(FulfilmentRejected.Reason.CONFLICT, refused.reason());
        assertTrue(refused.getMessage().contains("is waiting"), refused.getMessage());
        order.apply(sale(T0.plusSeconds(5), "AUTHORISED", "Simple Sale", twoLines(), open("task-1", 1)), "t", NOW);
        assertEquals(OrderStatus.AWAITING_PICK, order.status());
    }

    @Test
    void dropShipAndServiceLinesAreShownButNotPickable() {
        List<SaleSnapshot.Line> lines = List.of(
                new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal("2"), BigDecimal.ZERO, "gift wrap", false),
                new SaleSnapshot.Line("p-2", "CHAIR", "Chair", new BigDecimal("1"), BigDecimal.ZERO, null, true));
        WarehouseOrder order = WarehouseOrder.importSale("demo", sale(T0, "AUTHORISED", "Simple Sale", lines,
                open("task-1", 1)), "t", T0);
        assertEquals(2, order.lines().size());
        assertEquals("gift wrap", order.lines().get(0).comment());
        assertFalse(order.lines().get(1).pickable());
        FulfilmentDesk desk = new FulfilmentDesk(order);
        assertEquals(Map.of("TENT", new BigDecimal("2")), desk.remaining());
        assertRejected(() -> desk.pick(List.of(line("CHAIR", "1", "A")), "wh", NOW), "drop-ship");

        WarehouseOrder service = WarehouseOrder.importSale("demo", sale(T0, "AUTHORISED", "Service Sale",
                List.of(new SaleSnapshot.Line("p-3", "INSTALL", "Install", BigDecimal.ONE, BigDecimal.ZERO))), "t", T0);
        assertEquals(OrderStatus.NOTHING_TO_PICK, service.status());
        assertRejected(() -> new FulfilmentDesk(service).shipIt(POST, null, "wh", NOW), "nothing for the warehouse");
    }

    @Test
    void theOrderCarriesShipByContactCommentsAndEachFulfilmentsOwnAddress() {
        SaleSnapshot.Address elsewhere = new SaleSnapshot.Address("Gate 3", null, "Geelong", "VIC", "3220",
                "Australia", null, null);
        SaleSnapshot.Fulfilment f = new SaleSnapshot.Fulfilment("task-1", 1, "NOT FULFILLED", "NOT AVAILABLE",
                "NOT AVAILABLE", "NOT AVAILABLE", List.of(), elsewhere, "Call ahead");
        WarehouseOrder order = WarehouseOrder.importSale("demo", sale(T0, "AUTHORISED", "Simple Sale", twoLines(), f),
                "t", T0);
        assertEquals(LocalDate.parse("2026-03-14"), order.shipBy());
        assertEquals("+61 3 9012 3456", order.phone());
        assertEquals("orders@northwind.example", order.email());
        assertEquals("Gate 3", order.fulfilments().get(0).shipAddress().line1());
        assertEquals("Call ahead", order.fulfilments().get(0).shippingNotes());
        assertFalse(order.fulfilments().get(0).shipAddress().samePlaceAs(order.shippingAddress()));
    }

    @Test
    void anAddressWithOnlyDisplayLinesFallsBackToThem() {
        ShippingAddress a = ShippingAddress.of(new SaleSnapshot.Address(null, null, null, null, null, null, null, null,
                "12 Wharf Lane", "Brisbane QLD 4000 Australia"));
        assertEquals("12 Wharf Lane", a.line1());
        assertEquals("Brisbane QLD 4000 Australia", a.line2());
        assertEquals("12 Wharf Lane", a.displayLine1());
    }

    @Test
    void aShipRecordKeepsDearsLineIdsForItsBoxes() {
        WarehouseOrder order = order();
        FulfilmentDesk desk = new FulfilmentDesk(order);
        desk.pick(List.of(line("TENT", "2", "A")), "wh", NOW);
        desk.pack(List.of(new StageLine("TENT", new BigDecimal("1"), null, null, null, "B1"),
                new StageLine("TENT", new BigDecimal("1"), null, null, null, "B2")), "wh", NOW);
        FulfilmentRecord ship = desk.ship(POST, null, "wh", NOW).records().get(0);
        ship.rememberShipLines(List.of(Map.entry("B2", "id-2"), Map.entry("B1", "id-1")));
        assertEquals(List.of("id-1", "id-2"), ship.lines().stream().map(StageLine::dearLineId).toList());
    }

    private static void assertRejected(Supplier<?> action, String message) {
        FulfilmentRejected rejected = assertThrows(FulfilmentRejected.class, action::get);
        assertTrue(rejected.getMessage().contains(message), rejected.getMessage());
    }
}
