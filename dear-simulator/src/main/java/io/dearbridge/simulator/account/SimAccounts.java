package io.dearbridge.simulator.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * The accounts the simulator knows. Configured at start with
 * {@code dearsim.accounts=name:accountId:applicationKey,...}; more can be created through the control API.
 */
@ApplicationScoped
public class SimAccounts {

    @Inject
    Config config;

    private final Map<String, SimAccount> byAccountId = new ConcurrentHashMap<>();

    @PostConstruct
    void load() {
        String configured = config.getOptionalValue("dearsim.accounts", String.class).orElse("");
        for (String entry : configured.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length == 3) {
                add(new SimAccount(parts[0], parts[1], parts[2]));
            }
        }
    }

    public void add(SimAccount account) {
        byAccountId.put(account.accountId().toLowerCase(), account);
    }

    /** The account these headers authenticate, if they do. */
    public Optional<SimAccount> authenticate(String accountId, String applicationKey) {
        if (accountId == null || applicationKey == null) {
            return Optional.empty();
        }
        SimAccount account = byAccountId.get(accountId.trim().toLowerCase());
        return account != null && account.applicationKey().equalsIgnoreCase(applicationKey.trim())
                ? Optional.of(account) : Optional.empty();
    }
}
