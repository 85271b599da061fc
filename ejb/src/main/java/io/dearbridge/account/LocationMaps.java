package io.dearbridge.account;

import io.dearbridge.domain.order.LocationMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Each account's map from warehouse locations to DEAR places: {@code dearbridge.account.<code>.location-map}, e.g.
 * {@code A-03-02=Main Warehouse: A-03-02, DOCK=Main Warehouse|19aeca31-...}. Unset means every pick goes to DEAR
 * from the sale's own location. Read once per account; a malformed map refuses every record of that account with
 * a message naming the key, rather than sending DEAR a place it does not have.
 */
@ApplicationScoped
public class LocationMaps {

    public static final String KEY = "dearbridge.account.%s.location-map";

    @Inject
    Config config;

    private final ConcurrentHashMap<String, LocationMap> maps = new ConcurrentHashMap<>();

    public LocationMap of(String accountCode) {
        return maps.computeIfAbsent(accountCode, this::read);
    }

    private LocationMap read(String accountCode) {
        String key = String.format(KEY, accountCode);
        try {
            return LocationMap.parse(config.getOptionalValue(key, String.class).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(key + " is malformed: " + e.getMessage(), e);
        }
    }
}
