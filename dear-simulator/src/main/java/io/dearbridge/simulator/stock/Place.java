package io.dearbridge.simulator.stock;

/**
 * Where stock sits: a location, or a bin of it. DEAR names a bin {@code "<Location>: <Bin>"} in pick lines
 * (docs/dear-api.md §4.3); {@link #name()} is that canonical spelling and {@link #locationId()} the location's GUID.
 */
public record Place(DearLocation location, Bin bin) {

    public String name() {
        return bin == null ? location.name() : location.name() + ": " + bin.name();
    }

    public String locationId() {
        return location.id();
    }

    public String key() {
        return name().toLowerCase();
    }
}
