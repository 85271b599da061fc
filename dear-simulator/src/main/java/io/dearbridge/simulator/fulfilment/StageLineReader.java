package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.OrderLine;
import io.dearbridge.simulator.sale.Sale;
import io.dearbridge.simulator.stock.LocationBook;
import io.dearbridge.simulator.stock.Place;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates pick/pack lines (docs/dear-api.md §4.3): SKU required and on the order (and not drop-shipped), Quantity required
 * and at least 1 (4 decimals), and a Location or LocationID that is one of the account's places. The line is stored
 * with the place's canonical name ({@code "<Location>: <Bin>"} for a bin) and its location's GUID.
 */
final class StageLineReader {

    private StageLineReader() {
    }

    static List<StageLine> read(Sale sale, LocationBook places, List<Map<String, Object>> raw, boolean pack) {
        List<StageLine> lines = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> l : raw) {
            n++;
            String sku = Json.string(l, "SKU");
            if (sku == null || sku.isBlank()) {
                throw DearException.badRequest("Line " + n + ": SKU is required.");
            }
            OrderLine ordered = sale.line(sku)
                    .orElseThrow(() -> DearException.badRequest("Line with SKU " + sku + " is not on the order."));
            if (ordered.dropShip()) {
                throw DearException.badRequest("Line " + n + ": " + ordered.sku()
                        + " is a drop-ship line; the supplier ships it, so it cannot be picked or packed.");
            }
            BigDecimal qty = Json.decimal(l, "Quantity");
            if (qty == null) {
                throw DearException.badRequest("Line " + n + ": Quantity is required.");
            }
            if (qty.compareTo(BigDecimal.ONE) < 0) {
                throw DearException.badRequest("Line " + n + ": Quantity must be at least 1.");
            }
            if (qty.scale() > 4 && qty.stripTrailingZeros().scale() > 4) {
                throw DearException.badRequest("Line " + n + ": Quantity allows at most 4 decimal places.");
            }
            Place place = places.resolve(Json.string(l, "Location"), Json.string(l, "LocationID"), "Line " + n + ": ");
            lines.add(new StageLine(ordered.productId(), ordered.sku(), ordered.name(), place.name(),
                    place.locationId(), qty, blankToNull(Json.string(l, "BatchSN")), Json.string(l, "ExpiryDate"),
                    pack ? Json.string(l, "Box") : null, pack ? Json.string(l, "WarrantyRegistrationNumber") : null));
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
