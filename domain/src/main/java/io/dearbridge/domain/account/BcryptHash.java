package io.dearbridge.domain.account;

import java.util.Objects;

/** A salted bcrypt password as Elytron's bcrypt-mapper reads it: hash and salt in base64, and the cost. */
public record BcryptHash(String hash, String salt, int cost) {

    public BcryptHash {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(salt, "salt");
    }

    /** Never the hash itself: records print their fields. */
    @Override
    public String toString() {
        return "BcryptHash[cost=" + cost + "]";
    }
}
