package io.dearbridge.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Checks the credentials DEAR sends with a webhook. {@code Authorization: Bearer <webhook-secret>} (DEAR's
 * {@code bearerauth}) is compared here in constant time. Basic auth ({@code basicauth}) is checked before, by
 * {@link BasicAuthModule}, as every Basic request of the web module; here the caller must then be the
 * account's {@code webhook-username}, so one account's webhook user cannot post to another account.
 */
@ApplicationScoped
public class WebhookAuthenticator {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    @Inject
    Config config;

    public boolean accepts(DearAccount account, String authorization, Principal caller) {
        if (authorization == null) {
            return false;
        }
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return account.webhookSecret().matches(authorization.substring(BEARER.length()).trim());
        }
        if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length()) && caller != null) {
            Optional<String> user = config.getOptionalValue(
                    "dearbridge.account." + account.code() + ".webhook-username", String.class);
            return user.isPresent() && user.get().equals(caller.getName());
        }
        return false;
    }
}
