package io.dearbridge.domain.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How identical deliveries are recognised. DEAR sends no event id, so an event is its account, type and
 * body. {@code payloadHash} finds earlier deliveries of the same content; {@code dedupeKey} adds the time
 * bucket, so a unique constraint turns concurrent identical deliveries into one row.
 */
public record Fingerprint(String payloadHash, String dedupeKey) {

    public static Fingerprint of(String accountCode, String eventType, String canonicalPayload, Instant receivedAt,
                                 Duration bucket) {
        String hash = sha256(accountCode + '\n' + eventType + '\n' + canonicalPayload);
        return new Fingerprint(hash, hash + ':' + receivedAt.toEpochMilli() / Math.max(1, bucket.toMillis()));
    }

    /** An event that is one of a kind (e.g. found by the reconciler): never merged with another. */
    public static Fingerprint unique(String accountCode, String eventType, String payload, String discriminator) {
        String hash = sha256(accountCode + '\n' + eventType + '\n' + payload);
        return new Fingerprint(hash, hash + ':' + discriminator);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
