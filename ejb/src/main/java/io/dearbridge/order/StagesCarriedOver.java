package io.dearbridge.order;

import io.dearbridge.domain.order.Recorded;
import io.dearbridge.domain.order.WarehouseOrder;
import java.time.Instant;
import java.util.List;

/**
 * Fired synchronously, inside the import's transaction, when an order shipped, undone and authorised again had the
 * warehouse's stages recorded again on DEAR's new fulfilments ({@code WarehouseOrder.carriedOver}); the observer
 * queues their pushes in the same transaction, so they are sent exactly once through the outbox.
 */
public record StagesCarriedOver(WarehouseOrder order, List<Recorded> recorded, Instant at) {
}
