package io.dearbridge.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The configured DEAR accounts, read once at start. */
@ApplicationScoped
public class AccountRegistry {

    @Inject
    Config config;

    private Map<String, DearAccount> accounts;

    @PostConstruct
    void load() {
        accounts = Collections.unmodifiableMap(AccountSettings.read(key -> config.getOptionalValue(key, String.class)));
        TransportPolicy.enforce(key -> config.getOptionalValue(key, String.class), List.copyOf(accounts.keySet()));
    }

    public Collection<DearAccount> all() {
        return accounts.values();
    }

    public Optional<DearAccount> find(String code) {
        return Optional.ofNullable(code == null ? null : accounts.get(code));
    }
}
