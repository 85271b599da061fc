package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DEAR undoes or voids an order after the warehouse shipped it (DEAR allows both at any point). */
class AfterShipmentTest {

    private static final Instant T0 = Instant.parse("2026-03-10T23:41:07.513Z");
    private static final Instant NOW = Instant.parse("2026-03-11T08:00:00Z");
    private static final ShipmentDetails POST = new ShipmentDetails("StarTrack", "ST1", null, LocalDate.parse("2026-03-11"));

    private static SaleSnapshot sale(Instant at, String saleStatus, String orderStatus, String tents,
                                     SaleSnapshot.Fulfilment... fulfilments) {
        return new SaleSnapshot("sale-1", "SO-1", saleStatus, orderStatus, "Simple Sale", "Main Warehouse", "Northwind",
                null, at, new SaleSnapshot.Address("Unit 4", null, "Port Melbourne", "VIC", "3207", "Australia", null,
                null), "Dock B", null, null,
                List.of(new SaleSnapshot.Line("p-1", "TENT", "Tent", new BigDecimal(tents), BigDecimal.ZERO)),
                List.of(fulfilments));
    }

    private static SaleSnapshot.Fulfilment fulfilment(String task, String stages) {
        return new SaleSnapshot.Fulfilment(task, 1, "AUTHORISED".equals(stages) ? "FULFILLED" : "NOT FULFILLED",
                stages, stages, stages, List.of());
    }

    private final WarehouseOrder order = WarehouseOrder.importSale("demo",
            sale(T0, "ORDERED", "AUTHORISED", "2", fulfilment("task-1", "NOT AVAILABLE")), "test", T0);

    /** The warehouse picks, packs and ships two tents; DEAR's sale then shows the fulfilment shipped. */
    private void shipped() {
        FulfilmentDesk desk = new FulfilmentDesk(order);
        desk.pick(List.of(new StageLine("TENT", new BigDecimal("2"), "A-1", null, null, null)), "wh", NOW);
        desk.pack(List.of(new StageLine("TENT", new BigDecimal("2"), null, null, null, "B1")), "wh", NOW);
        desk.ship(POST, null, "wh", NOW);
        order.apply(sale(T0.plusSeconds(2), "ORDERED", "AUTHORISED", "2", fulfilment("task-1", "AUTHORISED")),
                "Sale/ShipmentAuthorised", NOW);
        assertEquals(OrderStatus.SHIPPED, order.status());
    }

    @Test
    void aVoidAfterShipmentSetsTheStopFlagAndSaysSo() {
        shipped();

        order.apply(sale(T0.plusSeconds(5), "VOIDED", "VOIDED", "2", fulfilment("task-1", "VOIDED")), "Sale/Voided",
                NOW);

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertTrue(order.stopRequested());
        assertEquals(AfterShipment.VOIDED, order.afterShipment());
        assertEquals("voided after shipment", order.afterShipment().label());
        assertTrue(order.timeline().stream().anyMatch(e -> e.what().startsWith("Voided in DEAR after shipment")));
    }

    @Test
    void aVoidBeforeAnyWorkIsAPlainCancellation() {
        order.apply(sale(T0.plusSeconds(5), "VOIDED", "VOIDED", "2"), "Sale/Voided", NOW);

        assertEquals(OrderStatus.CANCELLED, order.status());
        assertFalse(order.stopRequested());
        assertNull(order.afterShipment());
    }

    @Test
    void anUndoThenAVoidOfAShippedOrderIsStillAVoidAfterShipment() {
        shipped();
        order.apply(sale(T0.plusSeconds(5), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);
        assertEquals(AfterShipment.UNDONE, order.afterShipment());

        order.apply(sale(T0.plusSeconds(9), "VOIDED", "VOIDED", "2"), "Sale/Voided", NOW);

        assertEquals(AfterShipment.VOIDED, order.afterShipment());
        assertTrue(order.stopRequested());
    }

    @Test
    void reauthorisedWithTheShippedLinesTheShipmentIsRecordedAgainOnTheNewFulfilmentAndNothingIsToPick() {
        shipped();
        order.apply(sale(T0.plusSeconds(5), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);
        assertEquals(OrderStatus.ON_HOLD, order.status());

        order.apply(sale(T0.plusSeconds(9), "ORDERED", "AUTHORISED", "2", fulfilment("task-9", "NOT AVAILABLE")),
                "Sale/OrderAuthorised", NOW);

        assertEquals(OrderStatus.SHIPPED, order.status(), "never back to awaiting pick");
        assertEquals(AfterShipment.RESHIPPED, order.afterShipment());
        List<Recorded> carried = order.carriedOver();
        assertEquals(1, carried.size());
        Fulfilment live = order.fulfilment("task-9").orElseThrow();
        assertEquals(live, carried.get(0).fulfilment());
        assertFalse(carried.get(0).createsFulfilment());
        List<FulfilmentRecord> records = carried.get(0).records();
        assertEquals(List.of(Stage.PICK, Stage.PACK, Stage.SHIP), records.stream().map(FulfilmentRecord::stage).toList());
        assertEquals(new BigDecimal("2"), records.get(0).lines().get(0).quantity());
        assertEquals("A-1", records.get(0).lines().get(0).location());
        assertEquals(List.of("B1"), records.get(1).boxes());
        assertEquals("ST1", records.get(2).trackingNumber());
        assertTrue(order.fulfilment("task-1").orElseThrow().carriedOver());

        // DEAR's echo of an unrelated change carries nothing again.
        order.apply(sale(T0.plusSeconds(12), "ORDERED", "AUTHORISED", "2", fulfilment("task-9", "NOT AVAILABLE")),
                "Sale/Updated", NOW);
        assertTrue(order.carriedOver().isEmpty());
        assertEquals(OrderStatus.SHIPPED, order.status());
    }

    @Test
    void reauthorisedWithOtherLinesTheOrderIsHeldWithTheDifference() {
        shipped();
        order.apply(sale(T0.plusSeconds(5), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);

        order.apply(sale(T0.plusSeconds(9), "ORDERED", "AUTHORISED", "3", fulfilment("task-9", "NOT AVAILABLE")),
                "Sale/OrderAuthorised", NOW);

        assertEquals(OrderStatus.ON_HOLD, order.status(), "held: nothing offered for picking");
        assertEquals(AfterShipment.LINES_CHANGED, order.afterShipment());
        assertEquals("shipped before the undo: 2 x TENT; DEAR now asks for: 3 x TENT", order.afterShipmentDetail());
        assertTrue(order.carriedOver().isEmpty());

        // A later import of the held sale, the same difference: no second timeline line.
        int lines = order.timeline().size();
        assertEquals(WarehouseOrder.Applied.UNCHANGED, order.apply(sale(T0.plusSeconds(11), "ORDERED", "AUTHORISED",
                "3", fulfilment("task-9", "NOT AVAILABLE")), "Sale/Backordered", NOW));
        assertEquals(lines, order.timeline().size());

        // DEAR's user puts the lines back as shipped: the shipment goes to DEAR again.
        order.apply(sale(T0.plusSeconds(15), "ORDERED", "AUTHORISED", "2", fulfilment("task-9", "NOT AVAILABLE")),
                "Sale/Updated", NOW);
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertEquals(AfterShipment.RESHIPPED, order.afterShipment());
        assertEquals(1, order.carriedOver().size());
    }

    @Test
    void aDifferenceLongerThanItsColumnIsCutWithTheMarker() {
        shipped();
        order.apply(sale(T0.plusSeconds(5), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);
        order.apply(sale(T0.plusSeconds(9), "ORDERED", "AUTHORISED", "3".repeat(3000),
                fulfilment("task-9", "NOT AVAILABLE")), "Sale/OrderAuthorised", NOW);
        assertEquals(AfterShipment.LINES_CHANGED, order.afterShipment());
        assertEquals(WarehouseOrder.DETAIL_LENGTH, order.afterShipmentDetail().length());
        assertTrue(order.afterShipmentDetail().endsWith(StorableText.CUT));
    }

    @Test
    void aSecondUndoAndReauthorisationSendsTheShipmentOnceMore() {
        shipped();
        order.apply(sale(T0.plusSeconds(5), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);
        order.apply(sale(T0.plusSeconds(9), "ORDERED", "AUTHORISED", "2", fulfilment("task-9", "NOT AVAILABLE")),
                "Sale/OrderAuthorised", NOW);
        order.apply(sale(T0.plusSeconds(12), "ORDERED", "AUTHORISED", "2", fulfilment("task-9", "AUTHORISED")),
                "Sale/ShipmentAuthorised", NOW);

        order.apply(sale(T0.plusSeconds(15), "ORDERED", "DRAFT", "2"), "Sale/Undo", NOW);
        order.apply(sale(T0.plusSeconds(19), "ORDERED", "AUTHORISED", "2", fulfilment("task-11", "NOT AVAILABLE")),
                "Sale/OrderAuthorised", NOW);

        assertEquals(OrderStatus.SHIPPED, order.status());
        assertEquals(1, order.carriedOver().size(), "the two tents once, not the first shipment twice");
        assertEquals("task-11", order.carriedOver().get(0).fulfilment().taskId());
    }
}
