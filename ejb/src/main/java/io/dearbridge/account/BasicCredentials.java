package io.dearbridge.account;

import io.dearbridge.domain.account.BcryptHash;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;

/**
 * Checks the warehouse API's Basic credentials ({@link BasicAuthModule}) against the user's row, with bcrypt only
 * when {@link VerifiedCredentials} has not seen this password accepted against the row's current hash. One indexed
 * read per request tells the current hash and the enabled flag, so a password change or a disable on any node
 * applies at once. An unknown or disabled name runs bcrypt against a made-up hash at the cheapest stored cost, like
 * a known name with a wrong password (docs/tls.md, "Login hardening").
 */
@ApplicationScoped
public class BasicCredentials {

    /**
     * The user's row, and the cheapest stored cost for a made-up hash (as the jdbc-realm's principal query): always
     * one row and one query, so a known and an unknown name do the same work before bcrypt.
     */
    private static final String USER_ROW = "SELECT u.password_hash, u.password_salt, u.password_cost, u.enabled,"
            + " (SELECT MIN(password_cost) FROM bridge_user) FROM (SELECT 1 AS one) d"
            + " LEFT JOIN bridge_user u ON u.username = ?";

    /** The realm's datasource (configure-bridge.cli), which is also the EE default one. */
    @Resource(lookup = "java:jboss/datasources/BridgeDS")
    DataSource dataSource;

    @Inject
    Config config;

    /**
     * Micrometer directly, not metrics.BridgeMetrics, which reads account's registry (a package cycle). Through the
     * registry's own methods, as BridgeMetrics explains.
     */
    @Inject
    MeterRegistry registry;

    private VerifiedCredentials verified;
    private final Map<Integer, BcryptHash> madeUp = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        verified = new VerifiedCredentials(
                config.getOptionalValue("dearbridge.login.credential-cache-ttl", Duration.class)
                        .orElse(Duration.ofMinutes(5)),
                config.getOptionalValue("dearbridge.login.credential-cache-size", Integer.class).orElse(10_000));
        madeUp(PasswordHashes.COST);
    }

    /**
     * Made at deployment, not by the first API request: making the made-up hash is a bcrypt, and on a busy node the
     * first requests (the first ship call of issue 27's bench) waited 1.5 s for it and their own check.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object deployed) {
        madeUp(PasswordHashes.COST);
    }

    /** Whether the user exists, is enabled and has this password. Never throws for bad input. */
    public boolean accepts(String username, String password) {
        UserRow row = read(username);
        BcryptHash stored = row.enabledHash();
        String fingerprint = stored == null ? null : stored.cost() + "$" + stored.salt() + "$" + stored.hash();
        Instant now = Instant.now();
        if (fingerprint != null && verified.knows(username, password, fingerprint, now)) {
            counted("cached");
            return true;
        }
        BcryptHash checked = stored == null ? madeUp(row.cheapestCost()) : stored;
        // Concurrent identical checks share one bcrypt, an unknown name's (against its made-up hash) as a known one's.
        boolean matches = verified.verifyOnce(username, password,
                checked.cost() + "$" + checked.salt() + "$" + checked.hash(), () -> bcryptMatches(checked, password))
                && stored != null;
        if (matches) {
            verified.verified(username, password, fingerprint, now);
            counted("bcrypt");
        } else {
            counted("refused");
        }
        return matches;
    }

    /** {@code dearbridge_login_basic_total}: cached (no bcrypt), bcrypt (verified now) or refused. */
    private void counted(String outcome) {
        registry.counter("dearbridge.login.basic", "outcome", outcome).increment();
    }

    /** Belt and braces: a new hash already misses; this also frees the entry of a disabled user. */
    void credentialsChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserCredentialsChanged change) {
        verified.forget(change.username());
    }

    private UserRow read(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(USER_ROW)) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                int cheapest = row.getInt(5);
                String hash = row.getString(1);
                BcryptHash stored = hash == null || !row.getBoolean(4) ? null
                        : new BcryptHash(hash, row.getString(2), row.getInt(3));
                return new UserRow(stored, cheapest > 0 ? cheapest : PasswordHashes.COST);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The user table cannot be read", e);
        }
    }

    /** A random password nobody knows, hashed at this cost: costs a wrong guess's time and never matches. */
    private BcryptHash madeUp(int cost) {
        return madeUp.computeIfAbsent(cost, c -> PasswordHashes.hash(PasswordHashes.generate(), c));
    }

    private static boolean bcryptMatches(BcryptHash stored, String password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            Base64.Decoder b64 = Base64.getDecoder();
            Password hash = factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                    b64.decode(stored.hash()), b64.decode(stored.salt()), stored.cost()));
            return factory.verify(hash, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The enabled user's hash (null for an unknown or disabled name), and the cheapest stored cost. */
    private record UserRow(BcryptHash enabledHash, int cheapestCost) {
    }
}
