package io.dearbridge.dear.adapter;

import io.dearbridge.account.DearAccount;
import io.dearbridge.dear.DearCallException;
import io.dearbridge.dear.DearClient;
import io.dearbridge.dear.model.Webhook;
import io.dearbridge.webhook.Subscription;
import io.dearbridge.webhook.SubscriptionRegistry;
import io.dearbridge.sync.SyncFailureException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Webhook subscriptions over the DEAR client; keeps DEAR's webhook objects for the full-replace PUT. */
@ApplicationScoped
public class DearSubscriptionRegistry implements SubscriptionRegistry {

    @Inject
    DearClient client;

    /** DEAR's PUT replaces everything, so re-activation sends back the object DEAR listed, not a rebuilt one. */
    private final Map<String, Webhook> lastSeen = new ConcurrentHashMap<>();

    @Override
    public List<Subscription> list(DearAccount account) {
        return call(() -> client.webhooks(account).stream().peek(w -> lastSeen.put(w.id(), w))
                .map(DearSubscriptionRegistry::subscription).toList());
    }

    @Override
    public Subscription create(DearAccount account, String type, String url) {
        return call(() -> subscription(client.createWebhook(account,
                Webhook.bearer(type, url, account.webhookSecret().reveal(), List.of()))));
    }

    @Override
    public Subscription reactivate(DearAccount account, Subscription subscription) {
        Webhook listed = lastSeen.get(subscription.id());
        Webhook replacement = new Webhook(subscription.id(), subscription.type(), listed == null ? null : listed.name(),
                Boolean.TRUE, subscription.url(), Webhook.BEARER_AUTH, "", "", account.webhookSecret().reveal(),
                listed == null ? List.of() : listed.externalHeaders());
        return call(() -> subscription(client.replaceWebhook(account, replacement)));
    }

    private static Subscription subscription(Webhook webhook) {
        return new Subscription(webhook.id(), webhook.type(), webhook.externalUrl(), Boolean.TRUE.equals(webhook.active()));
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (DearCallException e) {
            throw new SyncFailureException(e.toFailure(), e);
        }
    }
}
