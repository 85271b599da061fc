package io.dearbridge.domain.order;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FulfilmentDeskTest {

    private static final Instant T0 = Instant.parse("2026-03-10T23:41:07.513Z");
    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
    private static final ShipmentDetails POST = new ShipmentDetails("StarTrack", "ST123", "https://t.example/ST123",
            LocalDate.parse("2026-03-11"));

    private final WarehouseOrder order = order("ORDERED", "AUTHORISED");
    private final FulfilmentDesk desk = new FulfilmentDesk(order);

    static WarehouseOrder order(String saleStatus, String orderStatus) {
        SaleSnapshot sale = new SaleSnapshot("sale-1", "SO-1", saleStatus, orderStatus, "Simple Sale",
                "Main Warehouse", "Northwind", null, T0, null, null, null, null,
                List.of(new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal("2"), BigDecimal.ZERO),
                        new SaleSnapshot.Line("p-2", "STOVE", "Stove", new BigDecimal("3"), BigDecimal.ZERO)),
                List.of(new SaleSnapshot.Fulfilment("task-1", 1, "NOT FULFILLED", "NOT AVAILABLE", "NOT AVAILABLE",
                        "NOT AVAILABLE", List.of())));
        return WarehouseOrder.importSale("demo", sale, "test", T0);
    }

    static StageLine line(String sku, String quantity, String location) {
        return new StageLine(sku, new BigDecimal(quantity), location, null, null, null);
    }

    static StageLine packed(String sku, String quantity, String box) {
        return new StageLine(sku, new BigDecimal(quantity), null, null, null, box);
    }

    @Test
    void pickPackShipGoToTheSaleFulfilmentInOrder() {
        Recorded pick = desk.pick(List.of(line("TENT", "2", "Main Warehouse: A-1"),
                new StageLine("STOVE", new BigDecimal("3"), "Main Warehouse: B-2", "LOT-7", LocalDate.parse("2028-01-31"),
                        null)), "wh", NOW);
        assertEquals("task-1", pick.fulfilment().taskId());
        assertFalse(pick.createsFulfilment());
        assertTrue(pick.fulfilment().pickPushed(), "the echo of our own pick must be recognised");

        Recorded pack = desk.pack(List.of(packed("TENT", "2", "Box 1"), packed("STOVE", "3", "Box 2")), "wh", NOW);
        StageLine stove = pack.records().get(0).lines().get(1);
        assertEquals("Main Warehouse: B-2", stove.location(), "location comes from the pick");
        assertEquals("LOT-7", stove.batch(), "batch comes from the pick");

        Recorded ship = desk.ship(POST, null, "wh", NOW);
        assertEquals(List.of("Box 1", "Box 2"), ship.records().get(0).boxes(), "every packed box ships");
        assertEquals("ST123", ship.records().get(0).trackingNumber());
        assertTrue(pick.fulfilment().shipPushed());
    }

    @Test
    void stagesOutOfOrderAreConflicts() {
        assertConflict(() -> desk.pack(List.of(packed("TENT", "2", "Box 1")), "wh", NOW), "record a pick first");
        assertConflict(() -> desk.ship(POST, null, "wh", NOW), "record a pack first");
        desk.pick(List.of(line("TENT", "2", "A-1")), "wh", NOW);
        assertConflict(() -> desk.ship(POST, null, "wh", NOW), "record a pack first");
    }

    @Test
    void cancelledAndHeldOrdersAreConflictsThatSaySo() {
        FulfilmentDesk voided = new FulfilmentDesk(order("VOIDED", "VOIDED"));
        assertConflict(() -> voided.pick(List.of(line("TENT", "1", "A-1")), "wh", NOW), "is cancelled");
        FulfilmentDesk undone = new FulfilmentDesk(order("ORDERING", "DRAFT"));
        assertConflict(() -> undone.shipIt(POST, null, "wh", NOW), "is on hold");
    }

    @Test
    void badLinesAreInvalidAndChangeNothing() {
        assertInvalid(() -> desk.pick(List.of(), "wh", NOW), "at least one line");
        assertInvalid(() -> desk.pick(List.of(line("NOPE", "1", "A-1")), "wh", NOW), "'NOPE' is not on order SO-1");
        assertInvalid(() -> desk.pick(List.of(line("TENT", "3", "A-1")), "wh", NOW), "only 2 remain");
        assertInvalid(() -> desk.pick(List.of(line("TENT", "1", "A-1"), line("TENT", "2", "A-2")), "wh", NOW),
                "only 2 remain");
        assertInvalid(() -> desk.pick(List.of(line("TENT", "0", "A-1")), "wh", NOW), "greater than zero");
        assertInvalid(() -> desk.pick(List.of(line("TENT", "1", null)), "wh", NOW), "location is required");
        assertInvalid(() -> desk.pick(List.of(new StageLine(null, BigDecimal.ONE, "A", null, null, null)), "wh", NOW),
                "sku is required");
        assertInvalid(() -> desk.pick(List.of(line("TENT", "0.00001", "A-1")), "wh", NOW), "four decimals");
        assertTrue(order.fulfilments().get(0).records().isEmpty());
        assertEquals(1, order.fulfilments().size());

        desk.pick(List.of(line("TENT", "2", "A-1")), "wh", NOW);
        assertInvalid(() -> desk.pack(List.of(packed("TENT", "1", "Box 1")), "wh", NOW), "are not in a box");
        assertInvalid(() -> desk.pack(List.of(packed("TENT", "3", "Box 1")), "wh", NOW), "only 2 were picked");
        assertInvalid(() -> desk.pack(List.of(packed("STOVE", "2", "Box 1")), "wh", NOW), "was not picked");
        assertInvalid(() -> desk.pack(List.of(packed("TENT", "2", null)), "wh", NOW), "box is required");
        desk.pack(List.of(packed("TENT", "1", "Box 1"), packed("TENT", "1", "Box 2")), "wh", NOW);
        assertInvalid(() -> desk.ship(new ShipmentDetails("StarTrack", null, null, null), null, "wh", NOW),
                "shipDate is required");
        assertInvalid(() -> desk.ship(new ShipmentDetails(" ", null, null, LocalDate.parse("2026-03-11")), null, "wh",
                NOW), "carrier is required");
        assertInvalid(() -> desk.ship(POST, List.of("Box 9"), "wh", NOW), "'Box 9' was not packed");
        assertInvalid(() -> desk.ship(POST, List.of("Box 1"), "wh", NOW), "Box 2 of fulfilment 1 would be left behind");
        assertFalse(order.fulfilments().get(0).record(Stage.SHIP).isPresent());
    }

    @Test
    void aSecondPickStartsAFurtherFulfilmentForThePartialShipment() {
        desk.pick(List.of(line("TENT", "1", "A-1")), "wh", NOW);
        desk.pack(List.of(packed("TENT", "1", "Box 1")), "wh", NOW);
        desk.ship(POST, null, "wh", NOW);
        assertEquals(new BigDecimal("1"), desk.remaining().get("TENT").stripTrailingZeros());

        Recorded second = desk.pick(List.of(line("TENT", "1", "A-1"), line("STOVE", "3", "B-2")), "wh", NOW);
        assertTrue(second.createsFulfilment());
        assertTrue(second.fulfilment().planned());
        assertEquals(2, second.fulfilment().number());
        assertTrue(second.fulfilment().taskId().startsWith(Fulfilment.PLANNED_PREFIX));
        assertEquals(2, order.fulfilments().size());

        second.fulfilment().assignTask("task-2");
        assertEquals("task-2", second.fulfilment().taskId());
        assertFalse(second.fulfilment().planned());
        assertInvalid(() -> desk.pick(List.of(line("TENT", "1", "A-1")), "wh", NOW), "only 0 remain");
    }

    @Test
    void shipItAutopicksEverythingLeftIntoOneBox() {
        Recorded recorded = desk.shipIt(POST, null, "wh", NOW);
        assertEquals(3, recorded.records().size());
        FulfilmentRecord pick = recorded.records().get(0);
        assertTrue(pick.autopick());
        assertEquals(List.of("TENT", "STOVE"), pick.lines().stream().map(StageLine::sku).toList());
        assertEquals(List.of(FulfilmentDesk.DEFAULT_BOX), recorded.records().get(2).boxes());
        assertConflict(() -> desk.shipIt(POST, null, "wh", NOW), "Nothing is left to ship");

        pick.confirmAutopick(List.of(line("TENT", "2", "Main Warehouse: A-9"), line("STOVE", "3", "Main Warehouse: B")));
        assertEquals("Main Warehouse: A-9", pick.lines().get(0).location(), "DEAR's choice is kept");
    }

    @Test
    void shipItRefusesAnOrderBeingRecordedStageByStage() {
        desk.pick(List.of(line("TENT", "2", "A-1")), "wh", NOW);
        assertConflict(() -> desk.shipIt(POST, null, "wh", NOW), "stage by stage");
    }

    @Test
    void trackingChangesOnlyWhenItDiffers() throws Exception {
        desk.pick(List.of(line("TENT", "2", "A-1")), "wh", NOW);
        desk.pack(List.of(packed("TENT", "2", "Box 1")), "wh", NOW);
        FulfilmentRecord shipment = desk.ship(POST, null, "wh", NOW).records().get(0);
        setId(shipment, 41L);

        assertFalse(desk.tracking(41, null, "ST123", null, "wh", NOW).changed(), "same tracking: nothing to send");
        Recorded changed = desk.tracking(41, null, "ST999", null, "wh", NOW);
        assertTrue(changed.changed());
        assertEquals("StarTrack", changed.records().get(0).carrier(), "carrier kept when not given");
        assertEquals(List.of("Box 1"), changed.records().get(0).boxes());
        FulfilmentRejected missing = assertThrows(FulfilmentRejected.class,
                () -> desk.tracking(42, null, "X", null, "wh", NOW));
        assertEquals(FulfilmentRejected.Reason.NOT_FOUND, missing.reason());
        assertInvalid(() -> desk.tracking(41, null, " ", null, "wh", NOW), "trackingNumber is required");
    }

    private static void setId(FulfilmentRecord record, long id) throws Exception {
        Field field = FulfilmentRecord.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(record, id);
    }

    private static void assertInvalid(Supplier<?> action, String message) {
        assertRejected(FulfilmentRejected.Reason.INVALID, action, message);
    }

    private static void assertConflict(Supplier<?> action, String message) {
        assertRejected(FulfilmentRejected.Reason.CONFLICT, action, message);
    }

    private static void assertRejected(FulfilmentRejected.Reason reason, Supplier<?> action, String message) {
        FulfilmentRejected rejected = assertThrows(FulfilmentRejected.class, action::get);
        assertEquals(reason, rejected.reason(), rejected.getMessage());
        assertTrue(rejected.getMessage().contains(message), rejected.getMessage());
    }
}
