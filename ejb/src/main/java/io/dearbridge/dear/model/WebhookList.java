package io.dearbridge.dear.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code {"Webhooks":[...]}} envelope of every {@code webhooks} response. A POST response may instead
 * be a bare webhook with a top-level {@code ID} (docs/dear-api.md §2.2, unconfirmed); the client handles that.
 */
public record WebhookList(@JsonProperty("Webhooks") List<Webhook> webhooks) {

    public WebhookList {
        webhooks = Lists.orEmpty(webhooks);
    }
}
