package io.dearbridge.domain.order;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an order has waited too long in its stage, and why:
 * <ul>
 * <li>authorised in DEAR but not picked for {@code awaitingPick};</li>
 * <li>picking or packed, and no further for {@code inWarehouse};</li>
 * <li>shipped by the warehouse, every command for DEAR sent, yet DEAR still not showing it shipped
 *     {@code unconfirmedShip} after the warehouse shipped it (the shipment was lost between the two).</li>
 * </ul>
 */
public record StuckRule(Duration awaitingPick, Duration inWarehouse, Duration unconfirmedShip) {

    /**
     * @param warehouseShippedAt when the warehouse recorded its last shipment of the order, or null
     * @param outboxDrained      no command of the order is waiting to be sent to DEAR
     */
    public Optional<String> reason(WarehouseOrder order, Instant warehouseShippedAt, boolean outboxDrained,
                                   Instant now) {
        Instant since = order.stageSince() != null ? order.stageSince() : order.updatedAt();
        Duration waited = Duration.between(since, now);
        if (warehouseShippedAt != null && outboxDrained && order.status() != OrderStatus.SHIPPED
                && order.status() != OrderStatus.CANCELLED
                && Duration.between(warehouseShippedAt, now).compareTo(unconfirmedShip) > 0) {
            return Optional.of("shipped by the warehouse at " + warehouseShippedAt + " but DEAR still shows it "
                    + order.status().name().toLowerCase().replace('_', ' ') + " after every command was sent");
        }
        if (order.status() == OrderStatus.AWAITING_PICK && waited.compareTo(awaitingPick) > 0) {
            return Optional.of("authorised in DEAR but not picked for " + hours(waited));
        }
        if ((order.status() == OrderStatus.PICKING || order.status() == OrderStatus.PACKED)
                && waited.compareTo(inWarehouse) > 0) {
            return Optional.of(order.status().name().toLowerCase() + " for " + hours(waited) + " without moving on");
        }
        return Optional.empty();
    }

    private static String hours(Duration d) {
        return d.toHours() >= 1 ? d.toHours() + " h" : d.toMinutes() + " min";
    }
}
