package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A webhook subscription (docs/dear-api.md §2.2). DEAR masks {@code ExternalBearerToken} as {@code ""} on reads and
 * a PUT is a full replace, so a PUT must carry the token again ({@link #withBearerToken}) or DEAR wipes it.
 * {@link #toString()} never shows the token or password.
 */
public record Webhook(
        @JsonProperty("ID") String id,
        String type,
        String name,
        @JsonProperty("IsActive") Boolean active,
        @JsonProperty("ExternalURL") String externalUrl,
        String externalAuthorizationType,
        String externalUserName,
        String externalPassword,
        String externalBearerToken,
        List<WebhookHeader> externalHeaders) {

    public static final String BEARER_AUTH = "bearerauth";

    public Webhook {
        externalHeaders = Lists.orEmpty(externalHeaders);
    }

    /** A new, active subscription that authenticates to the receiver with a bearer token. */
    public static Webhook bearer(String type, String url, String token, List<WebhookHeader> headers) {
        return new Webhook(null, type, null, Boolean.TRUE, url, BEARER_AUTH, "", "", token, headers);
    }

    public Webhook withBearerToken(String token) {
        return new Webhook(id, type, name, active, externalUrl, externalAuthorizationType, externalUserName,
                externalPassword, token, externalHeaders);
    }

    public Webhook withActive(boolean isActive) {
        return new Webhook(id, type, name, isActive, externalUrl, externalAuthorizationType, externalUserName,
                externalPassword, externalBearerToken, externalHeaders);
    }

    @Override
    public String toString() {
        return "Webhook[" + id + " " + type + " active=" + active + " -> " + externalUrl + " ("
                + externalAuthorizationType + ", token ****)]";
    }
}
