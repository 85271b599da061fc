package io.dearbridge.returns;

import io.dearbridge.account.LocationMaps;
import io.dearbridge.domain.order.LocationMap;
import io.dearbridge.domain.returns.ReceivedLine;
import io.dearbridge.domain.returns.ReturnRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Where returned goods go back into stock in DEAR: the warehouse's location through the account's
 * {@code location-map}, as picks are (docs/dear-api.md §4.3, §6.2). DEAR refuses a restock to a place it does not
 * have, so with a map a location it does not know is refused when the warehouse records it (400), not later by DEAR.
 * Without a map goods go back to the sale's own location.
 */
@ApplicationScoped
public class RestockPlaces {

    @Inject
    LocationMaps maps;

    /** The DEAR place for a restocked line; empty when the map does not know the warehouse's location. */
    public Optional<LocationMap.DearPlace> place(String accountCode, String warehouseLocation, String saleLocation) {
        return maps.of(accountCode).resolve(warehouseLocation, saleLocation);
    }

    /** @throws ReturnRejected (400) naming a restocked line whose location the account's map does not know */
    public void check(String accountCode, List<ReceivedLine> received) {
        LocationMap map = maps.of(accountCode);
        if (map.isEmpty()) {
            return;
        }
        for (int i = 0; i < received.size(); i++) {
            ReceivedLine l = received.get(i);
            if (l.restocked() && map.resolve(l.location(), null).isEmpty()) {
                throw ReturnRejected.invalid("lines[" + i + "].location '" + l.location() + "' is not a DEAR place"
                        + " of account " + accountCode + "'s location-map (known: " + map.describe() + ").");
            }
        }
    }
}
