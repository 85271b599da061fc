package io.dearbridge.push;

import io.dearbridge.domain.order.ShippingAddress;
import java.time.LocalDate;

/**
 * What the ship POST carries besides its lines, and what the tracking PUT repeats: DEAR's ship writes overwrite the
 * document (docs/dear-api.md §4.3), so a write without the address, notes and RequireBy would wipe them.
 *
 * @param address     where the shipment goes, with the {@code Line1} and {@code Country} DEAR requires; null when
 *                    the bridge knows no such address (then none is sent rather than one DEAR refuses)
 * @param shipToOther the address is not the sale's (the customer's) own
 * @param requireBy   the sale's {@code ShipBy}
 */
public record ShipTo(ShippingAddress address, boolean shipToOther, String notes, LocalDate requireBy) {

    /**
     * The fulfilment's own ship-to address (DEAR's Ship task) where it has one, else the sale's. Where the chosen one
     * has only display lines, the sale's address as DEAR gave its fields is sent instead, since DEAR refuses an
     * address without {@code Line1} and {@code Country}.
     */
    public static ShipTo choose(ShippingAddress own, ShippingAddress sale, String notes, LocalDate requireBy) {
        ShippingAddress chosen = own != null && (!blank(own.line1()) || !blank(own.country())) ? own : sale;
        if (chosen != null && chosen.writable()) {
            return new ShipTo(chosen, chosen != sale && !chosen.samePlaceAs(sale), notes, requireBy);
        }
        if (sale != null && sale.writable()) {
            return new ShipTo(sale, false, notes, requireBy);
        }
        return new ShipTo(null, false, notes, requireBy);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
