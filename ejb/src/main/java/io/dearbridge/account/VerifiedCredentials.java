package io.dearbridge.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The node's memory of Basic credentials bcrypt has accepted, per user name: an HMAC-SHA256, under a key made at
 * random when the node starts, of the password together with the stored hash it was verified against; never the
 * password. A later request with the same password is a hit only while the stored hash is the same one, so a
 * password change on any node (a new hash) misses at once without an event; entries end after a TTL, and when the
 * memory is full the expired entries go, or all of them. Failures are never remembered. Hand-written: no cache library
 * is offered to deployments, and this one needs only a map with a deadline per entry.
 */
final class VerifiedCredentials {

    private static final String HMAC = "HmacSHA256";

    private final byte[] key = new byte[32];
    private final Duration ttl;
    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    VerifiedCredentials(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        new SecureRandom().nextBytes(key);
    }

    /** Whether bcrypt accepted this password for this user, against this stored hash, less than a TTL ago. */
    boolean knows(String username, String password, String storedHash, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return false;
        }
        if (!now.isBefore(entry.expires())) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password, storedHash));
    }

    /** Bcrypt has just accepted the password against the stored hash. */
    void verified(String username, String password, String storedHash, Instant now) {
        if (ttl.isZero() || ttl.isNegative() || maxEntries <= 0) {
            return;
        }
        if (entries.size() >= maxEntries && !entries.containsKey(username)) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password, storedHash), now.plus(ttl)));
    }

    /**
     * Runs {@code bcrypt} once for concurrent checks of the same user, password and hash: the others wait for its
     * answer. A client opening several connections at once (a warehouse's first requests after a restart) made as
     * many bcrypt runs on a busy node (issue 27: a ship call answered after 2 s). Keyed by the HMAC, never the
     * password; a different password or hash never shares an answer.
     */
    boolean verifyOnce(String username, String password, String storedHash, BooleanSupplier bcrypt) {
        String id = HexFormat.of().formatHex(mac(username, password, storedHash));
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            return running.join();
        }
        try {
            boolean matches = bcrypt.getAsBoolean();
            mine.complete(matches);
            return matches;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    private byte[] mac(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            // Lengths first, so no two different triples give the same input.
            for (String part : new String[] {username, storedHash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private record Entry(byte[] mac, Instant expires) {
    }
}
