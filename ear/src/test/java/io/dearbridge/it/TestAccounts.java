package io.dearbridge.it;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;
import java.util.UUID;

/**
 * The bridge's DEAR accounts for in-container tests. Each test gets its own account code, so it has its own
 * rate gate, whose settings it sets as system properties before the first call (MicroProfile Config reads them
 * live).
 */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static DearAccount demo(AccountRegistry registry) {
        return registry.find(Demo.ACCOUNT).orElseThrow(() -> new IllegalStateException("the IT server has no demo account"));
    }

    /** The demo credentials under a fresh code with its own pacing. */
    public static DearAccount paced(AccountRegistry registry, String code, int limit, int windowSeconds, int maxInFlight) {
        String prefix = "dearbridge.account." + code + ".";
        System.setProperty(prefix + "rate-limit", String.valueOf(limit));
        System.setProperty(prefix + "rate-window-seconds", String.valueOf(windowSeconds));
        System.setProperty(prefix + "max-in-flight", String.valueOf(maxInFlight));
        DearAccount demo = demo(registry);
        return new DearAccount(code, demo.baseUrl(), demo.accountId(), demo.applicationKey(), demo.webhookSecret());
    }

    /** A fresh simulator account and a bridge account for it under {@code code}, paced as given. */
    public static DearAccount sandbox(AccountRegistry registry, String code, int limit, int windowSeconds,
                                      int maxInFlight) {
        String accountId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        Simulator.newAccount("IT " + code, accountId, key);
        DearAccount paced = paced(registry, code, limit, windowSeconds, maxInFlight);
        return withCredentials(paced, code, accountId, key);
    }

    /** The simulator's side of a bridge account made by {@link #sandbox}. */
    public static SimulatorAccount simulated(DearAccount account) {
        return new SimulatorAccount(account.accountId().reveal());
    }

    public static DearAccount withCredentials(DearAccount base, String code, String accountId, String key) {
        return new DearAccount(code, base.baseUrl(), new Secret(accountId), new Secret(key), base.webhookSecret());
    }
}
