package io.dearbridge.simulator.stock;

import io.dearbridge.simulator.api.DearException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One account's locations and bins. DEAR moves stock only from its own places, so a pick or pack line must name one:
 * {@code Location} is a location's name or {@code "<Location>: <Bin>"}, {@code LocationID} a location's GUID
 * (whether DEAR takes a bin GUID there is unconfirmed, docs/dear-api.md §9.9, so the simulator refuses it). Names match
 * without regard to case. A deprecated location or bin is refused.
 */
public final class LocationBook {

    public static final String MAIN_WAREHOUSE = "Main Warehouse";
    /** The vendor examples' location GUID (fixtures/pick-request.json). */
    public static final String MAIN_WAREHOUSE_ID = "19aeca31-bd49-4fbe-8abd-37a6169cc2cb";

    private final List<DearLocation> locations = new ArrayList<>();

    /** Main Warehouse with the bins the vendor examples name ({@code A-03-02}, {@code RETURNS}) and one more. */
    public static LocationBook defaults() {
        LocationBook book = new LocationBook();
        book.replace(List.of(location(MAIN_WAREHOUSE, MAIN_WAREHOUSE_ID, List.of("A-03-02", "B-01-01", "RETURNS"))));
        return book;
    }

    public static DearLocation location(String name, String id, List<String> binNames) {
        String locationId = id == null || id.isBlank() ? stableId("location:" + name) : id;
        return new DearLocation(locationId, name, false, binNames.stream()
                .map(b -> new Bin(stableId("bin:" + name + ": " + b), b, false)).toList());
    }

    public static String stableId(String name) {
        return UUID.nameUUIDFromBytes(name.toLowerCase().getBytes(StandardCharsets.UTF_8)).toString();
    }

    public synchronized List<DearLocation> list() {
        return List.copyOf(locations);
    }

    public synchronized void replace(List<DearLocation> newList) {
        locations.clear();
        locations.addAll(newList);
    }

    /** The location a sale is entered for; a DEAR user can only choose one that exists, so it is added if new. */
    public synchronized DearLocation ensure(String name, String id) {
        Optional<DearLocation> known = byName(name);
        if (known.isPresent()) {
            return known.get();
        }
        DearLocation added = location(name, id, List.of());
        locations.add(added);
        return added;
    }

    public synchronized Optional<DearLocation> byName(String name) {
        return name == null ? Optional.empty()
                : locations.stream().filter(l -> l.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public synchronized Optional<DearLocation> byId(String id) {
        return id == null ? Optional.empty()
                : locations.stream().filter(l -> l.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /**
     * The place a line names. {@code where} says which line, for the message.
     *
     * @throws DearException 400 when the name or id is unknown, deprecated, or the two disagree
     */
    public synchronized Place resolve(String location, String locationId, String where) {
        boolean hasName = location != null && !location.isBlank();
        boolean hasId = locationId != null && !locationId.isBlank();
        if (!hasName && !hasId) {
            throw DearException.badRequest(where + "Location or LocationID is required.");
        }
        DearLocation byId = null;
        if (hasId) {
            byId = byId(locationId).orElseThrow(() -> DearException.badRequest(where + "Location with ID "
                    + locationId.trim() + " not found."));
        }
        if (!hasName) {
            return usable(new Place(byId, null), where);
        }
        Place place = byName(location).map(l -> new Place(l, null)).orElseGet(() -> binPlace(location, where));
        if (byId != null && !byId.id().equalsIgnoreCase(place.locationId())) {
            throw DearException.badRequest(where + "Location '" + location.trim() + "' is not in the location with ID "
                    + locationId.trim() + ".");
        }
        return usable(place, where);
    }

    private Place binPlace(String text, String where) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            Optional<DearLocation> parent = byName(text.substring(0, colon));
            String binName = text.substring(colon + 1).trim();
            if (parent.isPresent() && !binName.isEmpty()) {
                Optional<Bin> bin = parent.get().bin(binName);
                if (bin.isPresent()) {
                    return new Place(parent.get(), bin.get());
                }
            }
        }
        throw DearException.badRequest(where + "Location '" + text.trim() + "' not found.");
    }

    private static Place usable(Place place, String where) {
        if (place.location().deprecated() || (place.bin() != null && place.bin().deprecated())) {
            throw DearException.badRequest(where + "Location '" + place.name() + "' is deprecated.");
        }
        return place;
    }
}
