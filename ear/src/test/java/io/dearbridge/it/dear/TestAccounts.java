package io.dearbridge.it.dear;

import io.dearbridge.account.AccountRegistry;
import io.dearbridge.account.DearAccount;
import io.dearbridge.account.Secret;

/**
 * DEAR accounts for the ITs. Each test gets its own account code, so it has its own rate gate, whose
 * settings it sets as system properties before the first call (MicroProfile Config reads them live).
 */
final class TestAccounts {

    private TestAccounts() {
    }

    static DearAccount demo(AccountRegistry registry) {
        return registry.find("demo").orElseThrow(() -> new IllegalStateException("the IT server has no demo account"));
    }

    /** The demo credentials under a fresh code with its own pacing. */
    static DearAccount paced(AccountRegistry registry, String code, int limit, int windowSeconds, int maxInFlight) {
        String prefix = "dearbridge.account." + code + ".";
        System.setProperty(prefix + "rate-limit", String.valueOf(limit));
        System.setProperty(prefix + "rate-window-seconds", String.valueOf(windowSeconds));
        System.setProperty(prefix + "max-in-flight", String.valueOf(maxInFlight));
        DearAccount demo = demo(registry);
        return new DearAccount(code, demo.baseUrl(), demo.accountId(), demo.applicationKey(), demo.webhookSecret());
    }

    /** A fresh simulator account and a bridge account for it under {@code code}, paced as given. */
    static DearAccount sandbox(AccountRegistry registry, String code, int limit, int windowSeconds, int maxInFlight) {
        String accountId = java.util.UUID.randomUUID().toString();
        String key = java.util.UUID.randomUUID().toString();
        Simulator.newAccount("IT " + code, accountId, key);
        DearAccount paced = paced(registry, code, limit, windowSeconds, maxInFlight);
        return withCredentials(paced, code, accountId, key);
    }

    static DearAccount withCredentials(DearAccount base, String code, String accountId, String key) {
        return new DearAccount(code, base.baseUrl(), new Secret(accountId), new Secret(key), base.webhookSecret());
    }
}
