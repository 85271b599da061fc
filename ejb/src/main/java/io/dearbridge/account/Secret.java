package io.dearbridge.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential that must never reach a log, a page or an error body: {@link #toString()} masks it, and
 * only {@link #reveal()} (for the DEAR request headers) hands out the value.
 */
public final class Secret {

    private final String value;

    /** The value's digest, made once: every webhook is checked against it, and hashing both sides cost twice that. */
    private final byte[] digest;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
        this.digest = digest(value);
    }

    public String reveal() {
        return value;
    }

    /** Compares in constant time, so a caller cannot learn the secret from response times. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, digest(candidate));
    }

    private static byte[] digest(String text) {
        try {
            // Hashing first makes the comparison independent of the candidate's length too.
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The last four characters, enough for an operator to tell two keys apart. */
    public String hint() {
        return value.length() <= 8 ? "****" : "****" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return "****";
    }
}
