package io.dearbridge.account;

import io.dearbridge.domain.account.BcryptHash;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;

/**
 * Salted bcrypt by WildFly's own Elytron (as users/BridgeUserSql.java makes it), so the jdbc-realm's bcrypt-mapper
 * reads exactly what is written; and generated passwords. Not hand-written: Elytron is what verifies them.
 */
public final class PasswordHashes {

    /** bcrypt's cost, as bridge-user.sh's default: every Basic request verifies a hash. */
    public static final int COST = 10;
    public static final int MIN_LENGTH = 8;
    /** bcrypt reads 72 bytes at most; a longer password would be cut without a word. */
    public static final int MAX_LENGTH = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    public static BcryptHash hash(String password) {
        return hash(password, COST);
    }

    static BcryptHash hash(String password, int cost) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        char[] chars = password.toCharArray();
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            BCryptPassword hash = (BCryptPassword) factory.generatePassword(
                    new EncryptablePasswordSpec(chars, new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
            Base64.Encoder b64 = Base64.getEncoder();
            return new BcryptHash(b64.encodeToString(hash.getHash()), b64.encodeToString(hash.getSalt()),
                    hash.getIterationCount());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A password of 20 URL-safe characters (120 random bits), shown once to the admin who asked for it. */
    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why the password cannot be used, or null. Counted in UTF-8 bytes, as bcrypt reads it. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "A password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "A password has at most " + MAX_LENGTH + " bytes (bcrypt reads no more).";
        }
        return null;
    }
}
