package io.dearbridge.webhook;

import io.dearbridge.account.DearAccount;
import java.util.List;

/** DEAR's webhook subscriptions of an account; implemented over the DEAR client. Failures are SyncFailureExceptions. */
public interface SubscriptionRegistry {

    List<Subscription> list(DearAccount account);

    /** Subscribes {@code url} to {@code type}, authenticated with the account's webhook secret as bearer token. */
    Subscription create(DearAccount account, String type, String url);

    /** Switches a subscription back on; sends the token again because DEAR's PUT replaces the whole webhook. */
    Subscription reactivate(DearAccount account, Subscription subscription);
}
