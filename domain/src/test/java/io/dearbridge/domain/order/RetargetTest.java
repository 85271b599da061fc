package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stage held on a fulfilment DEAR dropped after an undo, recorded again on the one that replaced it. */
class RetargetTest {

    private static final Instant T0 = Instant.parse("2026-03-10T23:41:07.513Z");
    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
    private static final ShipmentDetails POST = new ShipmentDetails("StarTrack", "ST1", null, LocalDate.parse("2026-03-11"));

    private static SaleSnapshot sale(Instant at, String orderStatus, String tents, SaleSnapshot.Fulfilment... fulfilments) {
        return new SaleSnapshot("sale-1", "SO-1", "ORDERED", orderStatus, "Simple Sale", "Main Warehouse", "Northwind",
                null, at, new SaleSnapshot.Address("Unit 4", null, "Port Melbourne", "VIC", "3207", "Australia", null,
                null), "Dock B", null, null,
                List.of(new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal(tents), BigDecimal.ZERO)),
                List.of(fulfilments));
    }

    private static SaleSnapshot.Fulfilment open(String task) {
        return new SaleSnapshot.Fulfilment(task, 1, "NOT FULFILLED", "NOT AVAILABLE", "NOT AVAILABLE",
                "NOT AVAILABLE", List.of());
    }

    private final WarehouseOrder order = WarehouseOrder.importSale("demo", sale(T0, "AUTHORISED", "2", open("task-1")),
            "test", T0);
    private final FulfilmentDesk desk = new FulfilmentDesk(order);

    /** DEAR's user undoes the sale, then authorises it again: DEAR lists a new fulfilment 1 under a new TaskID. */
    private void undoneAndAuthorisedAgain(String tents) {
        order.apply(sale(T0.plusSeconds(5), "DRAFT", tents), "Sale/Undo", NOW);
        order.apply(sale(T0.plusSeconds(9), "AUTHORISED", tents, open("task-9")), "Sale/OrderAuthorised", NOW);
    }

    private static StageLine line(String sku, String qty, String location, String box) {
        return new StageLine(sku, new BigDecimal(qty), location, null, null, box);
    }

    @Test
    void pickPackAndShipHeldOnTheDroppedFulfilmentAreRecordedAgainOnItsReplacement() {
        FulfilmentRecord pick = desk.pick(List.of(line("TENT", "2", "A-1", null)), "wh", NOW).records().get(0);
        FulfilmentRecord pack = desk.pack(List.of(line("TENT", "2", null, "B1")), "wh", NOW).records().get(0);
        FulfilmentRecord ship = desk.ship(POST, null, "wh", NOW).records().get(0);
        undoneAndAuthorisedAgain("2");
        assertTrue(pick.fulfilment().dropped());

        Recorded picked = desk.retarget(pick, NOW);
        Recorded packed = desk.retarget(pack, NOW);
        Recorded shipped = desk.retarget(ship, NOW);

        Fulfilment live = order.fulfilment("task-9").orElseThrow();
        for (Recorded recorded : List.of(picked, packed, shipped)) {
            assertEquals(live, recorded.fulfilment());
            assertFalse(recorded.createsFulfilment());
        }
        assertEquals(new BigDecimal("2"), picked.records().get(0).lines().get(0).quantity());
        assertEquals("A-1", picked.records().get(0).lines().get(0).location());
        assertEquals("wh", picked.records().get(0).recordedBy(), "still the warehouse's record");
        assertEquals(List.of("B1"), packed.records().get(0).boxes());
        assertEquals("ST1", shipped.records().get(0).trackingNumber());
        assertTrue(live.pickPushed() && live.packPushed() && live.shipPushed(), "DEAR's echo is recognised as ours");
        assertEquals(3, order.fulfilment("task-1").orElseThrow().records().size(), "the held records stay as history");
    }

    @Test
    void anAutoPickIsRecordedAgainAsAnAutoPickOfWhatTheSaleNowHolds() {
        FulfilmentRecord autopick = desk.shipIt(POST, null, "wh", NOW).records().get(0);
        undoneAndAuthorisedAgain("3");

        FulfilmentRecord again = desk.retarget(autopick, NOW).records().get(0);

        assertTrue(again.autopick());
        assertEquals("task-9", again.fulfilment().taskId());
        assertEquals(new BigDecimal("3"), again.lines().get(0).quantity(), "DEAR's sale now orders three");
    }

    @Test
    void aPickThatNoLongerFitsTheSaleIsRefusedAndNothingChanges() {
        FulfilmentRecord pick = desk.pick(List.of(line("TENT", "2", "A-1", null)), "wh", NOW).records().get(0);
        undoneAndAuthorisedAgain("1");

        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class, () -> desk.retarget(pick, NOW));

        assertTrue(refused.getMessage().contains("only 1 remain"), refused.getMessage());
        assertTrue(order.fulfilment("task-9").orElseThrow().records().isEmpty());
    }

    @Test
    void aPickIsRefusedWhenTheWarehouseAlreadyPickedTheReplacement() {
        FulfilmentRecord pick = desk.pick(List.of(line("TENT", "2", "A-1", null)), "wh", NOW).records().get(0);
        undoneAndAuthorisedAgain("2");
        desk.pick(List.of(line("TENT", "2", "A-1", null)), "wh", NOW);

        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class, () -> desk.retarget(pick, NOW));

        assertTrue(refused.getMessage().contains("no live fulfilment in DEAR that awaits a pick"), refused.getMessage());
        assertEquals(1, order.fulfilments().stream().filter(Fulfilment::live).count(), "no further fulfilment planned");
    }

    @Test
    void aStageOnALiveFulfilmentOrATrackingChangeIsNotRetargeted() {
        FulfilmentRecord pick = desk.pick(List.of(line("TENT", "2", "A-1", null)), "wh", NOW).records().get(0);
        desk.pack(List.of(line("TENT", "2", null, "B1")), "wh", NOW);
        FulfilmentRecord ship = desk.ship(POST, null, "wh", NOW).records().get(0);
        assertThrows(FulfilmentRejected.class, () -> desk.retarget(pick, NOW), "fulfilment 1 is live");
        FulfilmentRecord tracking = desk.tracking(shipId(ship), null, "ST2", null, "wh", NOW).records().get(0);
        undoneAndAuthorisedAgain("2");

        FulfilmentRejected refused = assertThrows(FulfilmentRejected.class, () -> desk.retarget(tracking, NOW));

        assertTrue(refused.getMessage().contains("record the shipment again"), refused.getMessage());
    }

    /** Records get their ids from the database; a tracking change finds its shipment by id. */
    private static long shipId(FulfilmentRecord ship) {
        try {
            var id = FulfilmentRecord.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(ship, 7L);
            return 7L;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
