package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an arrival as the warehouse reports it: the SKU, how many, where it was put (the warehouse's own
 * location name, mapped to a DEAR place by the account's location-map), and the batch or serial and its expiry for
 * tracked stock.
 */
public record ArrivalRequest(String sku, BigDecimal quantity, String location, String batch, LocalDate expiry) {
}
