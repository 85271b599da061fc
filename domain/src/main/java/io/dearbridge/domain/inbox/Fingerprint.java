package io.dearbridge.domain.inbox;

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
 * <p>
 * The bucket comes first in the key so that the unique index grows at its end, as time does: with the hash
 * first, every webhook inserted into a random page of an index as large as the inbox, which on PostgreSQL
 * missed the buffer cache about once per webhook (measured, docs/benchmarks.md).
 */
public record Fingerprint(String payloadHash, String dedupeKey) {

    public static Fingerprint of(String accountCode, String eventType, String canonicalPayload, Instant receivedAt,
                                 Duration bucket) {
        String hash = sha256(accountCode + '\n' + eventType + '\n' + canonicalPayload);
        return new Fingerprint(hash, receivedAt.toEpochMilli() / Math.max(1, bucket.toMillis()) + ":" + hash);
    }

    /** The key this content had in the bucket before; a delivery within the window is under one of the two. */
    public String previousDedupeKey() {
        int colon = dedupeKey.indexOf(':');
        return (Long.parseLong(dedupeKey.substring(0, colon)) - 1) + dedupeKey.substring(colon);
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
