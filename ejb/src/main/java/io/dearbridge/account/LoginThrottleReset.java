package io.dearbridge.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Forgets a user's failed logins when an admin changes their password, roles or enabled flag, so a user locked out by
 * someone else's guessing gets in with the new password at once. ({@link BasicCredentials} forgets the user's cached
 * password on the same event; the jdbc-realm keeps no credential cache: each login reads the user's row.)
 */
@ApplicationScoped
public class LoginThrottleReset {

    @Inject
    Config config;

    void credentialsChanged(@Observes UserCredentialsChanged change) {
        LoginGuard.throttle(config).forget(change.username());
    }
}
