package io.dearbridge.push;

import io.dearbridge.domain.order.ShippingAddress;

/**
 * Where a shipment goes, sent with the ship POST: DEAR's POST overwrites the document (docs/dear-api.md §4.3), so a
 * ship without its address and notes would wipe them. Taken from the fulfilment's ship task, else from the sale.
 */
public record ShipTo(ShippingAddress address, String notes) {
}
