package io.dearbridge.simulator.purchase;

import io.dearbridge.simulator.api.DearException;
import io.dearbridge.simulator.json.Json;
import io.dearbridge.simulator.sale.Catalogue;
import io.dearbridge.simulator.stock.Bin;
import io.dearbridge.simulator.stock.DearLocation;
import io.dearbridge.simulator.stock.LocationBook;
import io.dearbridge.simulator.stock.Place;
import io.dearbridge.simulator.time.DearDates;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads stock-received and put-away lines (PURCHASES.md §3.1) into {@link ReceivedLine}s with fresh CardIDs, refusing
 * what DEAR refuses: no {@code Date} ({@code 'Date' is required for 'Lines' line}), a quantity below 1 (the table's
 * "minimal value is 1"; whether DEAR takes fractions below 1 is unconfirmed, so the simulator refuses them) or with more
 * than 4 decimals, an unknown product, and a place DEAR does not know. Lines of one payload with the same product,
 * place, batch and expiry are merged into one with the summed quantity (§3.1).
 */
final class PurchaseLines {

    /** A product as a line names it. */
    record Product(String id, String sku, String name) {
    }

    private PurchaseLines() {
    }

    /**
     * @param placeRequired simple stock and put-away need Location or LocationID; advanced stock does not
     * @param keepPlace     false for advanced stock lines: DEAR does not store their location (§3.3 item 1)
     */
    static List<ReceivedLine> read(List<Map<String, Object>> body, Purchase p, LocationBook book,
                                   boolean placeRequired, boolean keepPlace, java.util.function.Supplier<String> ids) {
        Map<String, ReceivedLine> merged = new LinkedHashMap<>();
        for (Map<String, Object> l : body) {
            String date = Json.string(l, "Date");
            if (date == null || date.isBlank()) {
                throw DearException.badRequest("'Date' is required for 'Lines' line");
            }
            String day = DearDates.date(DearDates.parseDate(date, "Date"));
            BigDecimal quantity = quantity(l, "Lines");
            Product product = product(p, Json.string(l, "ProductID"), Json.string(l, "SKU"));
            String batch = trimmed(Json.string(l, "BatchSN"));
            if (batch != null && batch.length() > 50) {
                throw DearException.badRequest("'BatchSN' must be 50 characters or fewer.");
            }
            String expiryText = trimmed(Json.string(l, "ExpiryDate"));
            String expiry = expiryText == null ? null : DearDates.date(DearDates.parseDate(expiryText, "ExpiryDate"));
            Place place = null;
            String location = trimmed(Json.string(l, "Location"));
            String locationId = trimmed(Json.string(l, "LocationID"));
            if (location != null || locationId != null) {
                place = place(book, location, locationId);
            } else if (placeRequired) {
                throw DearException.badRequest("'Location' or 'LocationID' is required for 'Lines' line");
            }
            String name = keepPlace && place != null ? place.name() : null;
            String id = keepPlace && place != null ? placeId(place) : null;
            ReceivedLine line = new ReceivedLine(ids.get(), product.id(), product.sku(), product.name(), quantity,
                    day, name, id, batch, expiry, Json.string(l, "SupplierSKU"));
            merged.merge(line.duplicateKey(), line, (a, b) -> new ReceivedLine(a.cardId(), a.productId(), a.sku(),
                    a.name(), a.quantity().add(b.quantity()), a.date(), a.location(), a.locationId(), a.batch(),
                    a.expiry(), a.supplierSku()));
        }
        return new ArrayList<>(merged.values());
    }

    static BigDecimal quantity(Map<String, Object> l, String where) {
        BigDecimal q = Json.decimal(l, "Quantity");
        if (q == null) {
            throw DearException.badRequest("'Quantity' is required for '" + where + "' line");
        }
        if (q.stripTrailingZeros().scale() > 4) {
            throw DearException.badRequest("'Quantity' must have no more than 4 decimal places.");
        }
        if ("Lines".equals(where) && q.compareTo(BigDecimal.ONE) < 0) {
            throw DearException.badRequest("'Quantity' minimal value is 1 for 'Lines' line");
        }
        if (q.signum() <= 0) {
            throw DearException.badRequest("'Quantity' must be greater than 0 for '" + where + "' line");
        }
        return q;
    }

    /** The product a line names by ProductID or SKU: one on the order, else one DEAR's catalogue knows. */
    static Product product(Purchase p, String productId, String sku) {
        String pid = trimmed(productId);
        String s = trimmed(sku);
        if (pid == null && s == null) {
            throw DearException.badRequest("'ProductID' or 'SKU' is required for 'Lines' line");
        }
        Optional<Product> found = p.lines().stream()
                .filter(l -> (pid != null && l.productId().equalsIgnoreCase(pid))
                        || (pid == null && l.sku().equalsIgnoreCase(s)))
                .map(l -> new Product(l.productId(), l.sku(), l.name())).findFirst();
        if (found.isEmpty()) {
            found = Catalogue.PRODUCTS.stream()
                    .filter(c -> (pid != null && c.id().equalsIgnoreCase(pid)) || (pid == null && c.sku().equalsIgnoreCase(s)))
                    .map(c -> new Product(c.id(), c.sku(), c.name())).findFirst();
        }
        Product product = found.orElseThrow(() -> DearException.badRequest("Product not found. "
                + (pid != null ? "ProductID: " + pid : "SKU: " + s)));
        if (pid != null && s != null && !product.sku().equalsIgnoreCase(s)) {
            throw DearException.badRequest("SKU '" + s + "' does not match ProductID " + pid + ".");
        }
        return product;
    }

    /**
     * A receiving place: {@code LocationID} a location's or a bin's GUID ([FIELD] a bin GUID receives straight into the
     * bin); {@code Location} a location's name or {@code "<Location>: <Bin>"}. A bare bin name is refused as the live
     * account refused it (§3.1). Deprecated places are refused.
     */
    static Place place(LocationBook book, String location, String locationId) {
        Place place = null;
        if (locationId != null) {
            place = byId(book, locationId).orElseThrow(() -> DearException.badRequest("Location with ID "
                    + locationId + " was not found in Locations reference book"));
        }
        if (location != null) {
            Place named = byName(book, location).orElseThrow(() -> DearException.badRequest("Location " + location
                    + " was not found in Locations reference book"));
            if (place != null && !place.name().equalsIgnoreCase(named.name())) {
                throw DearException.badRequest("Location " + location + " does not match LocationID " + locationId
                        + ".");
            }
            place = named;
        }
        if (place.location().deprecated() || (place.bin() != null && place.bin().deprecated())) {
            throw DearException.badRequest("Location '" + place.name() + "' is deprecated.");
        }
        return place;
    }

    static String placeId(Place place) {
        return place.bin() == null ? place.location().id() : place.bin().id();
    }

    private static Optional<Place> byId(LocationBook book, String id) {
        for (DearLocation l : book.list()) {
            if (l.id().equalsIgnoreCase(id)) {
                return Optional.of(new Place(l, null));
            }
            for (Bin b : l.bins()) {
                if (b.id().equalsIgnoreCase(id)) {
                    return Optional.of(new Place(l, b));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> byName(LocationBook book, String text) {
        Optional<DearLocation> whole = book.byName(text);
        if (whole.isPresent()) {
            return Optional.of(new Place(whole.get(), null));
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            Optional<DearLocation> parent = book.byName(text.substring(0, colon));
            String bin = text.substring(colon + 1).trim();
            if (parent.isPresent() && !bin.isEmpty()) {
                return parent.get().bin(bin).map(b -> new Place(parent.get(), b));
            }
        }
        return Optional.empty();
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
