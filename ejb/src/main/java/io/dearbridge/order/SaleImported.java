package io.dearbridge.order;

import io.dearbridge.domain.order.SaleSnapshot;
import io.dearbridge.domain.order.WarehouseOrder;
import java.time.Instant;

/**
 * Fired synchronously, inside the transaction that applied a current (not stale) DEAR snapshot to its order, with
 * the order's row locked; observers (e.g. returns matching the sale's credit notes) write atomically with the import,
 * and an observer's failure fails the import. {@code newOrder}: the order was created by this import, so nothing refers
 * to it yet.
 */
public record SaleImported(WarehouseOrder order, SaleSnapshot snapshot, Instant at, boolean newOrder) {
}
