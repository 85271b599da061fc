package io.dearbridge.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Which accounts the warehouse receives for (docs/receiving.md): {@code dearbridge.account.<code>.receiving.enabled},
 * default true. A receiving account subscribes to the {@code Purchase/*} webhooks, and reconciliation lists its
 * purchases; an account that does not costs no purchase call. Read on every use.
 */
@ApplicationScoped
public class ReceivingAccounts {

    public static final String KEY = "dearbridge.account.%s.receiving.enabled";

    @Inject
    Config config;

    public boolean receives(String accountCode) {
        return config.getOptionalValue(String.format(KEY, accountCode), Boolean.class).orElse(true);
    }
}
