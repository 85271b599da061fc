package io.dearbridge.simulator.account;

import io.dearbridge.simulator.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The knobs that decide how rude one account's DEAR is. Immutable: a change swaps the whole value, so a call
 * in flight always sees one consistent set.
 *
 * @param rateLimitPerAccount docs/dear-api.md §1.4 reports both per-key and per-account limits; default is per key
 * @param unsupportedVerbStatus §1.2: documented 405, seen as 403; default the rude 403
 * @param leakOldRows §3.3 as DEAR really behaves: {@code UpdatedSince} also lists sales a payment touched, with
 *                    their old {@code Updated} (and a payment does not move {@code LastModifiedOn}); default strict
 * @param autoInvoice the merchant's invoices are authorised at shipment (an account setting); otherwise a DEAR
 *                    user authorises each one (control action {@code invoice}). Default on, as the demo's merchant
 */
public record AccountSettings(int rateLimit, int rateWindowSeconds, int throttleStatus, int burstLimit,
                              boolean errorBodyAsArray, double errorWith200Rate, int latencyMs, double failureRate,
                              int failureStatus, double webhookDropRate, double webhookDuplicateRate,
                              boolean webhookReorder, double webhookTimeFactor, boolean rateLimitPerAccount,
                              int unsupportedVerbStatus, boolean leakOldRows, boolean autoInvoice) {

    public static AccountSettings defaults(double webhookTimeFactor) {
        return new AccountSettings(60, 60, 503, 0, false, 0, 0, 0, 500, 0, 0, false, webhookTimeFactor, false, 403, false,
                true);
    }

    /** A partial update: fields absent from {@code patch} keep their value. */
    public AccountSettings merge(Map<String, Object> patch) {
        return new AccountSettings(
                or(Json.integer(patch, "rateLimit"), rateLimit),
                or(Json.integer(patch, "rateWindowSeconds"), rateWindowSeconds),
                or(Json.integer(patch, "throttleStatus"), throttleStatus),
                or(Json.integer(patch, "burstLimit"), burstLimit),
                or(Json.bool(patch, "errorBodyAsArray"), errorBodyAsArray),
                or(Json.dbl(patch, "errorWith200Rate"), errorWith200Rate),
                or(Json.integer(patch, "latencyMs"), latencyMs),
                or(Json.dbl(patch, "failureRate"), failureRate),
                or(Json.integer(patch, "failureStatus"), failureStatus),
                or(Json.dbl(patch, "webhookDropRate"), webhookDropRate),
                or(Json.dbl(patch, "webhookDuplicateRate"), webhookDuplicateRate),
                or(Json.bool(patch, "webhookReorder"), webhookReorder),
                or(Json.dbl(patch, "webhookTimeFactor"), webhookTimeFactor),
                or(Json.bool(patch, "rateLimitPerAccount"), rateLimitPerAccount),
                or(Json.integer(patch, "unsupportedVerbStatus"), unsupportedVerbStatus),
                or(Json.bool(patch, "leakOldRows"), leakOldRows),
                or(Json.bool(patch, "autoInvoice"), autoInvoice));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rateLimit", rateLimit);
        m.put("rateWindowSeconds", rateWindowSeconds);
        m.put("throttleStatus", throttleStatus);
        m.put("burstLimit", burstLimit);
        m.put("errorBodyAsArray", errorBodyAsArray);
        m.put("errorWith200Rate", errorWith200Rate);
        m.put("latencyMs", latencyMs);
        m.put("failureRate", failureRate);
        m.put("failureStatus", failureStatus);
        m.put("webhookDropRate", webhookDropRate);
        m.put("webhookDuplicateRate", webhookDuplicateRate);
        m.put("webhookReorder", webhookReorder);
        m.put("webhookTimeFactor", webhookTimeFactor);
        m.put("rateLimitPerAccount", rateLimitPerAccount);
        m.put("unsupportedVerbStatus", unsupportedVerbStatus);
        m.put("leakOldRows", leakOldRows);
        m.put("autoInvoice", autoInvoice);
        return m;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
