package io.dearbridge.simulator.fulfilment;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.OrderLine;
import io.dearbridge.simulator.sale.Sale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates pick/pack lines (REFERENCE §4.3): SKU required and on the order, Quantity required and at least 1
 * (4 decimals), and a Location or LocationID.
 */
final class StageLineReader {

    private StageLineReader() {
    }

    static List<StageLine> read(Sale sale, List<Map<String, Object>> raw, boolean pack) {
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
            String location = Json.string(l, "Location");
            String locationId = Json.string(l, "LocationID");
            if (blank(location) && blank(locationId)) {
                throw DearException.badRequest("Line " + n + ": Location or LocationID is required.");
            }
            if (blank(location)) {
                location = sale.location();
            }
            if (blank(locationId)) {
                locationId = sale.locationId();
            }
            lines.add(new StageLine(ordered.productId(), ordered.sku(), ordered.name(), location, locationId, qty,
                    Json.string(l, "BatchSN"), Json.string(l, "ExpiryDate"), pack ? Json.string(l, "Box") : null,
                    pack ? Json.string(l, "WarrantyRegistrationNumber") : null));
        }
        return lines;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
