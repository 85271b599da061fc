package io.dearbridge.receiving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Which DEAR locations the account's warehouse receives into: the same {@code dearbridge.account.<code>.locations}
 * as its sales (unset: every location). Read here rather than shared with intake, which is another feature. A
 * purchase's {@code Location} may name a bin ({@code "Main Warehouse: A-01"}): its warehouse part decides.
 */
@ApplicationScoped
public class ServedLocations {

    @Inject
    Config config;

    public boolean serves(String accountCode, String location) {
        Set<String> served = read(accountCode);
        if (served.isEmpty()) {
            return true;
        }
        if (location == null) {
            return false;
        }
        String l = normalise(location);
        int colon = l.indexOf(':');
        return served.contains(l) || colon > 0 && served.contains(l.substring(0, colon).trim());
    }

    public String describe(String accountCode) {
        return String.join(", ", read(accountCode));
    }

    private Set<String> read(String accountCode) {
        String value = config.getOptionalValue("dearbridge.account." + accountCode + ".locations", String.class)
                .orElse("");
        return Arrays.stream(value.split(",")).map(ServedLocations::normalise).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normalise(String location) {
        return location.trim().toLowerCase(Locale.ROOT);
    }
}
