package io.dearbridge.simulator.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code dearsim.accounts=name:accountId:applicationKey,...}. Repeating an account id with another key
 * gives that account a second API application, which is how one tests per-key rate limits.
 */
public final class AccountConfig {

    private AccountConfig() {
    }

    public static List<SimAccount> parse(String configured) {
        Map<String, SimAccount> byId = new LinkedHashMap<>();
        if (configured == null) {
            return List.of();
        }
        for (String entry : configured.split(",")) {
            String[] parts = entry.trim().split(":");
            if (parts.length != 3) {
                continue;
            }
            String id = parts[1].trim().toLowerCase();
            SimAccount existing = byId.get(id);
            if (existing != null) {
                existing.addKey(parts[2].trim());
            } else {
                byId.put(id, new SimAccount(parts[0].trim(), id, parts[2].trim()));
            }
        }
        return new ArrayList<>(byId.values());
    }
}
