package io.dearbridge.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Which DEAR locations an account's warehouse serves: {@code dearbridge.account.<code>.locations}, a
 * comma-separated list of location names. Unset means every location.
 */
@ApplicationScoped
public class LocationFilter {

    @Inject
    Config config;

    private final ConcurrentHashMap<String, Set<String>> served = new ConcurrentHashMap<>();

    public boolean serves(String accountCode, String location) {
        Set<String> locations = served.computeIfAbsent(accountCode, this::read);
        return locations.isEmpty() || (location != null && locations.contains(normalise(location)));
    }

    public String describe(String accountCode) {
        return String.join(", ", served.computeIfAbsent(accountCode, this::read));
    }

    private Set<String> read(String accountCode) {
        String value = config.getOptionalValue("dearbridge.account." + accountCode + ".locations", String.class)
                .orElse("");
        return Arrays.stream(value.split(",")).map(LocationFilter::normalise).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String location) {
        return location.trim().toLowerCase(Locale.ROOT);
    }
}
