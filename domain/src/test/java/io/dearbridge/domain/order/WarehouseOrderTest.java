package io.dearbridge.domain.order;

import static io.dearbridge.domain.order.Snapshots.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dearbridge.domain.order.WarehouseOrder.Applied;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarehouseOrderTest {

    private static final Instant NOW = Instant.parse("2026-03-11T00:00:00Z");

    private WarehouseOrder imported() {
        return WarehouseOrder.importSale("demo", Snapshots.authorised(T0), "Sale/OrderAuthorised", NOW);
    }

    @Test
    void anAuthorisedSaleAwaitsItsPickWithLinesAddressAndFulfilment() {
        WarehouseOrder order = imported();
        assertEquals(OrderStatus.AWAITING_PICK, order.status());
        assertEquals("SO-01482", order.saleOrderNumber());
        assertEquals(2, order.lines().size());
        assertEquals("STOVE-GAS-01", order.lines().get(1).sku());
        assertEquals(0, new BigDecimal("3").compareTo(order.lines().get(1).quantity()));
        assertEquals("Port Melbourne", order.shippingAddress().city());
        assertEquals("task-1", order.fulfilments().get(0).taskId());
        assertEquals(T0, order.dearModifiedAt());
        assertTrue(order.timeline().get(0).what().startsWith("Imported from DEAR (Sale/OrderAuthorised)"));
    }

    @Test
    void anOlderSnapshotIsIgnored() {
        WarehouseOrder order = imported();
        SaleSnapshot older = Snapshots.sale(T0.minusSeconds(1), "VOIDED", "VOIDED", Snapshots.lines("0"), null);
        assertEquals(Applied.STALE, order.apply(older, "Sale/Voided", NOW));
        assertEquals(OrderStatus.AWAITING_PICK, order.status());
    }

    @Test
    void theSameSnapshotTwiceChangesNothing() {
        WarehouseOrder order = imported();
        assertEquals(Applied.UNCHANGED, order.apply(Snapshots.authorised(T0), "Sale/OrderAuthorised", NOW));
        assertEquals(1, order.timeline().size());
    }

    @Test
    void voidCancelsAndStopsTheWarehouseIfItHadStarted() {
        WarehouseOrder untouched = imported();
        untouched.apply(Snapshots.sale(T0.plusSeconds(5), "VOIDED", "VOIDED", Snapshots.lines("0"), null),
                "Sale/Voided", NOW);
        assertEquals(OrderStatus.CANCELLED, untouched.status());
        assertFalse(untouched.stopRequested());

        WarehouseOrder picking = imported();
        picking.apply(Snapshots.sale(T0.plusSeconds(5), "PICKED", "AUTHORISED", Snapshots.lines("0"),
                Snapshots.fulfilment("AUTHORISED", "NOT AVAILABLE", "NOT AVAILABLE", List.of())), "Sale/PickAuthorised", NOW);
        assertEquals(OrderStatus.PICKING, picking.status());
        picking.apply(Snapshots.sale(T0.plusSeconds(9), "VOIDED", "VOIDED", Snapshots.lines("0"), null),
                "Sale/Voided", NOW);
        assertEquals(OrderStatus.CANCELLED, picking.status());
        assertTrue(picking.stopRequested());
    }

    @Test
    void aSaleFirstSeenVoidedIsImportedCancelled() {
        WarehouseOrder order = WarehouseOrder.importSale("demo",
                Snapshots.sale(T0, "VOIDED", "VOIDED", Snapshots.lines("0"), null), "Sale/Voided", NOW);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(Applied.UNCHANGED, order.apply(
                Snapshots.sale(T0, "VOIDED", "VOIDED", Snapshots.lines("0"), null), "Sale/OrderAuthorised", NOW));
        assertEquals(OrderStatus.CANCELLED, order.status());
    }

    @Test
    void undoHoldsTheOrderAndReauthorisationMayChangeLines() {
        WarehouseOrder order = imported();
        order.apply(Snapshots.sale(T0.plusSeconds(5), "ORDERING", "DRAFT", Snapshots.lines("0"), null), "Sale/Undo", NOW);
        assertEquals(OrderStatus.ON_HOLD, order.status());

        List<SaleSnapshot.Line> changed = List.of(new SaleSnapshot.Line("p-1", "TENT-2P-GRN", "Tent",
                new BigDecimal("5"), BigDecimal.ZERO));
        order.apply(Snapshots.sale(T0.plusSeconds(9), "ORDERED", "AUTHORISED", changed,
                Snapshots.fulfilment("NOT AVAILABLE", "NOT AVAILABLE", "NOT AVAILABLE", List.of())), "Sale/OrderAuthorised", NOW);
        assertEquals(OrderStatus.AWAITING_PICK, order.status());
        assertEquals(1, order.lines().size());
        assertEquals(0, new BigDecimal("5").compareTo(order.lines().get(0).quantity()));
        assertTrue(order.timeline().stream().anyMatch(e -> e.what().startsWith("Authorised again in DEAR")));
    }

    @Test
    void backordersAreRecorded() {
        WarehouseOrder order = imported();
        order.apply(Snapshots.sale(T0.plusSeconds(5), "BACKORDERED", "AUTHORISED", Snapshots.lines("1.5"),
                Snapshots.fulfilment("NOT AVAILABLE", "NOT AVAILABLE", "NOT AVAILABLE", List.of())), "Sale/Backordered", NOW);
        assertEquals(0, new BigDecimal("1.5").compareTo(order.lines().get(1).backorderedQuantity()));
        assertTrue(order.timeline().stream().anyMatch(e -> e.what().startsWith("Backordered 1.5 of STOVE-GAS-01")));
    }

    @Test
    void shipmentAndTrackingFollowDearAndEchoesOfTheBridgeAreRecognised() {
        WarehouseOrder order = imported();
        order.fulfilments().get(0).markPushed(Stage.PICK);
        order.apply(Snapshots.sale(T0.plusSeconds(5), "PICKED", "AUTHORISED", Snapshots.lines("0"),
                Snapshots.fulfilment("AUTHORISED", "NOT AVAILABLE", "NOT AVAILABLE", List.of())), "Sale/PickAuthorised", NOW);
        assertTrue(order.timeline().stream().anyMatch(e -> e.what().contains("confirmed by DEAR (sent by the bridge)")));

        SaleSnapshot.Shipment box = new SaleSnapshot.Shipment("CTN-1", "StarTrack", "AB123", "", T0);
        order.apply(Snapshots.sale(T0.plusSeconds(9), "SHIPPED", "AUTHORISED", Snapshots.lines("0"),
                Snapshots.fulfilment("AUTHORISED", "AUTHORISED", "AUTHORISED", List.of(box))), "Sale/ShipmentAuthorised", NOW);
        assertEquals(OrderStatus.SHIPPED, order.status());
        assertTrue(order.timeline().stream().anyMatch(e -> e.what().contains("Shipment of fulfilment 1 authorised in DEAR by a user")));
        assertEquals("AB123", order.fulfilments().get(0).trackingNumbers());

        SaleSnapshot.Shipment retracked = new SaleSnapshot.Shipment("CTN-1", "StarTrack", "ZZ999", "", T0);
        order.apply(Snapshots.sale(T0.plusSeconds(12), "SHIPPED", "AUTHORISED", Snapshots.lines("0"),
                Snapshots.fulfilment("AUTHORISED", "AUTHORISED", "AUTHORISED", List.of(retracked))),
                "Sale/ShipmentTrackingNumberChanged", NOW);
        assertEquals("ZZ999", order.fulfilments().get(0).trackingNumbers());
    }

    @Test
    void dearsAnswerToTheBridgesOwnWriteMovesTheOrderOnAndMarksTheEchoAsExplained() {
        WarehouseOrder order = imported();
        io.dearbridge.domain.order.Fulfilment fulfilment = order.fulfilments().get(0);
        fulfilment.markPushed(Stage.PICK);
        assertFalse(fulfilment.confirmedOwnPush(io.dearbridge.domain.order.Stage.PICK));

        fulfilment.confirmedByBridge(io.dearbridge.domain.order.Stage.PICK, "AUTHORISED");
        order.refreshStatus(NOW);
        assertEquals(OrderStatus.PICKING, order.status());
        assertTrue(fulfilment.confirmedOwnPush(io.dearbridge.domain.order.Stage.PICK));
        assertFalse(fulfilment.confirmedOwnPush(io.dearbridge.domain.order.Stage.PACK));
    }

    @Test
    void aUserAuthorisedStageIsNotTheBridgesEchoAndRefreshNeverRevivesACancelledOrder() {
        WarehouseOrder order = imported();
        order.apply(Snapshots.sale(T0.plusSeconds(5), "PICKED", "AUTHORISED", Snapshots.lines("0"),
                Snapshots.fulfilment("AUTHORISED", "NOT AVAILABLE", "NOT AVAILABLE", List.of())), "Sale/PickAuthorised", NOW);
        assertFalse(order.fulfilments().get(0).confirmedOwnPush(io.dearbridge.domain.order.Stage.PICK));

        order.apply(Snapshots.sale(T0.plusSeconds(9), "VOIDED", "VOIDED", Snapshots.lines("0"), null), "Sale/Voided", NOW);
        order.fulfilments().get(0).confirmedByBridge(io.dearbridge.domain.order.Stage.PACK, "AUTHORISED");
        order.refreshStatus(NOW);
        assertEquals(OrderStatus.CANCELLED, order.status());
    }
}
