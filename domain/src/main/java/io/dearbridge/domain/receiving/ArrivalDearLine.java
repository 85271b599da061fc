package io.dearbridge.domain.receiving;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A received line as DEAR shows it on a stock-received or put-away task: where (name and LocationID), the batch, and
 * the {@code CardID} DEAR gave the stock (a purchase credit note's Unstock line must quote it, PURCHASES.md §6.1).
 */
public record ArrivalDearLine(String sku, BigDecimal quantity, String location, String locationId, String batch,
                              LocalDate expiry, String cardId) {
}
