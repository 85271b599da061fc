package io.dearbridge.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Checks the credentials DEAR sends with a webhook: {@code Authorization: Bearer <webhook-secret>}
 * (DEAR's {@code bearerauth}), or Basic auth where the account sets {@code webhook-username} and
 * {@code webhook-password}. Every comparison runs in constant time.
 */
@ApplicationScoped
public class WebhookAuthenticator {

    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    @Inject
    Config config;

    public boolean accepts(DearAccount account, String authorization) {
        if (authorization == null) {
            return false;
        }
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return account.webhookSecret().matches(authorization.substring(BEARER.length()).trim());
        }
        if (authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return acceptsBasic(account, authorization.substring(BASIC.length()).trim());
        }
        return false;
    }

    private boolean acceptsBasic(DearAccount account, String encoded) {
        String prefix = "dearbridge.account." + account.code() + ".";
        Optional<String> user = config.getOptionalValue(prefix + "webhook-username", String.class);
        Optional<String> password = config.getOptionalValue(prefix + "webhook-password", String.class);
        if (user.isEmpty() || password.isEmpty()) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // One comparison over user and password together, so timing does not reveal which part was wrong.
        return new Secret(user.get() + ":" + password.get()).matches(decoded);
    }
}
