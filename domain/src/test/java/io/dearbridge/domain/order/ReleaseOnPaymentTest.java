package io.dearbridge.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseOnPaymentTest {

    private static final Instant T0 = Snapshots.T0;
    private static final Release ON_PAYMENT = new Release(true, false);

    private static SaleSnapshot paid(Instant modified, String paymentStatus) {
        SaleSnapshot s = Snapshots.authorised(modified);
        return new SaleSnapshot(s.saleId(), s.saleOrderNumber(), s.saleStatus(), s.orderStatus(), s.saleType(),
                s.location(), s.customer(), s.customerReference(), s.lastModifiedOn(), s.shippingAddress(),
                s.shippingNotes(), s.carrier(), s.trackingNumbers(), s.lines(), s.fulfilments(), List.of(),
                new SaleSnapshot.Details(null, null, null, false, paymentStatus));
    }

    @Test
    void anUnpaidOrderWaitsAndRefusesEveryStage() {
        WarehouseOrder order = WarehouseOrder.importSale("acme", paid(T0, "UNPAID"), "Sale/OrderAuthorised", T0,
                ON_PAYMENT);
        assertEquals(OrderStatus.WAITING_PAYMENT, order.status());
        FulfilmentDesk desk = new FulfilmentDesk(order);
        for (Runnable stage : List.<Runnable>of(
                () -> desk.pick(List.of(new StageLine("TENT-2P-GRN", java.math.BigDecimal.ONE, "A-1", null, null,
                        null)), "wh", T0),
                () -> desk.shipIt(new ShipmentDetails("StarTrack", "ST1", null, LocalDate.parse("2026-03-11")), null,
                        "wh", T0))) {
            FulfilmentRejected e = assertThrows(FulfilmentRejected.class, stage::run);
            assertEquals(FulfilmentRejected.Reason.CONFLICT, e.reason());
            assertTrue(e.getMessage().contains("waiting for payment"), e.getMessage());
        }
        assertEquals(OrderStatus.WAITING_PAYMENT,
                paidAndApplied(order, "PARTIALLY PAID", "Sale/PartialPaymentReceived", false));
    }

    @Test
    void paidOrPrepaidInDearReleasesItForPicking() {
        for (String status : List.of("PAID", "PREPAID")) {
            WarehouseOrder order = WarehouseOrder.importSale("acme", paid(T0, "UNPAID"), "test", T0, ON_PAYMENT);
            assertEquals(OrderStatus.AWAITING_PICK, paidAndApplied(order, status, "Sale/FullPaymentReceived", false));
            assertTrue(order.timeline().stream().anyMatch(t -> t.what().startsWith("Paid in full in DEAR")));
        }
    }

    @Test
    void dearsWordOfFullPaymentReleasesItBeforeThePaymentStatusCatchesUp() {
        WarehouseOrder order = WarehouseOrder.importSale("acme", paid(T0, "UNPAID"), "test", T0, ON_PAYMENT);
        assertEquals(OrderStatus.AWAITING_PICK, paidAndApplied(order, "UNPAID", "Sale/FullPaymentReceived", true));
        // Released stays released, even if a later read shows it unpaid again.
        assertEquals(OrderStatus.AWAITING_PICK, paidAndApplied(order, "UNPAID", "Sale/Voided?", false));
    }

    @Test
    void onAuthoriseShipsUnpaidOrdersAsBefore() {
        WarehouseOrder order = WarehouseOrder.importSale("acme", paid(T0, "UNPAID"), "test", T0);
        assertEquals(OrderStatus.AWAITING_PICK, order.status());
        WarehouseOrder prepaid = WarehouseOrder.importSale("acme", paid(T0, "PREPAID"), "test", T0, ON_PAYMENT);
        assertEquals(OrderStatus.AWAITING_PICK, prepaid.status());
    }

    private static OrderStatus paidAndApplied(WarehouseOrder order, String status, String cause, boolean event) {
        order.apply(paid(T0, status), cause, T0.plusSeconds(60), new Release(true, event));
        return order.status();
    }
}
